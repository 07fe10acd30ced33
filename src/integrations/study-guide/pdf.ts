import type { PdfFormat, SiteSettings } from '../../config/site';
import { studyGuideStrings } from '../../config/strings/print';
import type { ChromiumLaunch } from '../../lib/chromium';
import { loadChromiumLauncher } from './playwright';
import { serveDirectory } from './static-server';

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

/**
 * Prints the built /study-guide/ page to a PDF with bookmarks (from its headings) and page
 * numbers. The page is served as it will be deployed, then printed with the print stylesheet.
 * Fails the build when the page reports an error: the guide already links to this file.
 */
export async function renderPdf({ dist, base, out, launch, format, settings }: PdfJob): Promise<void> {
	const chromium = loadChromiumLauncher();
	if (!chromium) throw new Error('Playwright is not installed');
	const server = await serveDirectory(dist, base);
	const browser = await chromium.launch(launch);
	try {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		const url = `${server.origin}${base}study-guide/`;
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
		await page.pdf({
			path: out,
			format,
			outline: true,
			tagged: true,
			printBackground: true,
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate: footer(studyGuideStrings.title(settings.title)),
			margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
		});
	} catch (error) {
		throw new Error(`Could not print the study guide to ${out}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Chromium fills .pageNumber and .totalPages; the template has no page styles, so it sets its own. */
function footer(title: string): string {
	const text = title.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
	return `<div style="width:100%;margin:0 16mm;display:flex;justify-content:space-between;font:8pt system-ui,sans-serif;color:#555">
<span>${text}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}
