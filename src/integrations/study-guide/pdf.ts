import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { escapeText } from 'entities';
import english from '../../../content/i18n/en.json' with { type: 'json' };
import type { PdfFormat, SiteSettings } from '../../config/site';
import type { ChromiumLaunch } from '../../lib/print/chromium';
import { createTranslate } from '../../lib/locale/messages';
import { destinationPages } from '../../lib/print/pdf-destinations';
import { loadChromiumLauncher } from './playwright';
import { serveDirectory } from '../../lib/hosting/static-server';
import { WHOLE_GUIDE } from '../../lib/print/study-guide-address';

export interface PdfJob {
	/** The built site. */
	dist: string;
	/** Base path the site is built for, with trailing slash. */
	base: string;
	out: string;
	launch: ChromiumLaunch;
	format: PdfFormat;
	settings: Pick<SiteSettings, 'title' | 'url'>;
}

/** The PDF is printed from the English guide, so its footer is in English too. */
const t = createTranslate(english, 'en');

/**
 * Prints the built /study-guide/all/ page (the whole guide) to a PDF with bookmarks (from its headings) and page
 * numbers. The page is served as it will be deployed, then printed with the print stylesheet.
 * The contents get page numbers in two passes: a first print with placeholders of the same
 * width, whose pages poppler's `pdfinfo` reads, then the print with the numbers (Chromium has no
 * CSS target-counter). Without pdfinfo the contents go without numbers and the result says so.
 * Fails the build when the page reports an error: the guide already links to this file.
 */
export async function renderPdf({ dist, base, out, launch, format, settings }: PdfJob): Promise<{ contentsNumbered: boolean }> {
	const chromium = loadChromiumLauncher();
	if (!chromium) throw new Error('Playwright is not installed');
	const server = await serveDirectory(dist, { base });
	const browser = await chromium.launch(launch);
	try {
		// The page prints from a server of its own; the site's offline worker has no part in that.
		const page = await browser.newPage({ serviceWorkers: 'block' });
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		const url = `${server.origin}${base}study-guide/${WHOLE_GUIDE}/`;
		const response = await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
		if (!response?.ok()) throw new Error(`the study guide page ${url} answered ${response?.status() ?? 'nothing'}`);
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		await page.evaluate(() => document.fonts.ready);
		// Links that leave the guide point at the live site, not at this build's temporary server;
		// jumps within the guide stay as they are.
		await page.evaluate(
			({ site }) => {
				for (const link of document.querySelectorAll('a[href]')) {
					if (!(link instanceof HTMLAnchorElement)) continue;
					const target = new URL(link.href);
					const jump = target.pathname === location.pathname && target.search === location.search && target.hash;
					if (target.origin !== location.origin || jump) continue;
					link.href = new URL(`${target.pathname}${target.search}${target.hash}`, site).href;
					link.dataset.siteLink = '';
				}
			},
			{ site: settings.url },
		);
		if (errors.length) throw new Error(`the study guide page reported errors: ${errors.join('; ')}`);
		const print = (path: string) =>
			page.pdf({
				path,
				format,
				outline: true,
				tagged: true,
				printBackground: true,
				displayHeaderFooter: true,
				headerTemplate: '<span></span>',
				footerTemplate: footer(t('studyGuide.title', { site: settings.title })),
				margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
			});
		const pages = await contentsPages(page, print);
		await setContentsNumbers(page, pages);
		await print(out);
		return { contentsNumbered: pages !== null };
	} catch (error) {
		throw new Error(`Could not print the study guide to ${out}: ${error instanceof Error ? error.message : String(error)}`, {
			cause: error,
		});
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Chromium fills .pageNumber and .totalPages; the template has no page styles, so it sets its own. */
function footer(title: string): string {
	return `<div style="width:100%;margin:0 16mm;display:flex;justify-content:space-between;font:8pt system-ui,sans-serif;color:#555">
<span>${escapeText(title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

/** Placeholder wide enough for any page number, so the first pass lays the contents out as the second. */
const PLACEHOLDER = '0000';

/** Prints once with placeholder numbers and reads where each contents entry's target landed; null without pdfinfo. */
async function contentsPages(page: Page, print: (path: string) => Promise<unknown>): Promise<Map<string, number> | null> {
	if (spawnSync('pdfinfo', ['-v']).error) return null;
	await setContentsNumbers(page, new Map());
	const dir = mkdtempSync(join(tmpdir(), 'devops-path-guide-'));
	try {
		const draft = join(dir, 'draft.pdf');
		await print(draft);
		const result = spawnSync('pdfinfo', ['-dests', draft], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		if (result.status !== 0) throw new Error(`pdfinfo -dests failed: ${result.stderr}`);
		return destinationPages(result.stdout);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Writes each contents entry's page number after its link (placeholders for targets not in
 * `pages`), or removes them when `pages` is null. Printed pages only: the web guide has none.
 */
async function setContentsNumbers(page: Page, pages: Map<string, number> | null) {
	await page.evaluate(
		({ pages, placeholder }) => {
			for (const link of document.querySelectorAll<HTMLAnchorElement>('.dp-guide-toc a[href^="#"]')) {
				let number = link.nextElementSibling?.matches('[data-toc-page]') ? (link.nextElementSibling as HTMLElement) : null;
				if (!pages) {
					number?.remove();
					continue;
				}
				if (!number) {
					number = document.createElement('span');
					number.dataset.tocPage = '';
					Object.assign(number.style, { float: 'inline-end', fontVariantNumeric: 'tabular-nums', fontWeight: '400' });
					link.after(number);
				}
				const target = decodeURIComponent(link.hash.slice(1));
				number.textContent = String(pages[target] ?? placeholder);
			}
		},
		{ pages: pages && Object.fromEntries(pages), placeholder: PLACEHOLDER },
	);
}
