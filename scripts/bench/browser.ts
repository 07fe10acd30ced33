/**
 * Timings in a real browser (Playwright with the Chromium the tests use) on this site's build:
 * a quiz's Check to its feedback painted, the dashboard's first render with a large history,
 * and importing and merging a progress file of that size.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { decodeProgress, encodeProgress } from '../../src/lib/progress/decode.ts';
import type { Progress } from '../../src/schemas/progress.ts';
import { chromiumExecutable } from '../chromium.ts';
import { learnerProgress, progressExportText, readCourseOutline, STORAGE_KEY } from './progress-data.ts';
import { timing, type Timing } from './timing.ts';
import { serveDirectory } from '../../src/lib/hosting/static-server.ts';

export interface BrowserResult {
	/** Click on Check to the end of the frame that shows the feedback, in ms. */
	quizFeedbackMs: { noProgress: Timing; largeProgress: Timing };
	/** Click on Check to the end of the quiz's click handling (scoring, feedback), in ms. */
	quizHandlerMs: { noProgress: Timing; largeProgress: Timing };
	/** Click on Check to the answer written to storage, which happens after the feedback frame. */
	quizSavedMs: { noProgress: Timing; largeProgress: Timing };
	dashboard: {
		/** HTML parsed (domInteractive) to the dashboard filled in: every page script, reading and checking stored progress, the render. */
		renderMs: Timing;
		/** The dashboard element's own first render (outline, summary, DOM updates). */
		fillMs: Timing;
		/** Navigation start to the dashboard filled in. */
		navigationMs: Timing;
	};
	/** Clicking Import (merge) to the status message painted, with a file of the whole history over half of it stored. */
	importMergeMs: Timing;
	lessons: number;
	answeredQuestions: number;
	/** Bytes of the text the site stores for the whole history (encodeProgress). */
	storedProgressBytes: number;
	importFileBytes: number;
}

const QUIZ_ROUNDS = 4;
const PAGE_LOADS = 5;
const IMPORTS = 3;

export async function measureInBrowser(dist: string, lessonWithQuiz: string): Promise<BrowserResult> {
	const outline = readCourseOutline(dist);
	const full = learnerProgress(outline);
	const half = learnerProgress(outline, { share: 0.5 });
	// The file holds the same learner's history from another device: later times, so merging has work to do.
	const importFile = progressExportText(learnerProgress(outline, { startAt: Date.UTC(2026, 2, 1) }), 'devops-path');
	// Files may be reused for ten minutes, as on GitHub Pages: repeated loads time the page's own work. Not
	// gzipped: on one machine the server's compressing would be counted as the page's time.
	const server = await serveDirectory(dist, { maxAge: 600 });
	const browser = await chromium.launch(chromiumExecutable());
	try {
		const url = (path: string) => `${server.origin}/${path.replace(/index\.html$/, '')}`;
		const quiz = async (seed?: Progress) => {
			const context = await contextWith(browser, seed);
			try {
				const page = await context.newPage();
				await page.goto(url(lessonWithQuiz));
				await page.locator('html[data-progress-ready]').waitFor({ state: 'attached' });
				// Every lesson is finished in the seeded history, so every sidebar count must say so.
				if (seed) await expectAllSectionsDone(page);
				return await timeQuizChecks(page);
			} finally {
				await context.close();
			}
		};
		const noProgress = await quiz();
		const largeProgress = await quiz(full);

		const dashboardContext = await contextWith(browser, full);
		const dashboard = await timeDashboard(await dashboardContext.newPage(), url('progress/'), Object.keys(full.lessons).length);
		await dashboardContext.close();

		const importContext = await contextWith(browser, half);
		const importMerge = await timeImport(await importContext.newPage(), url('progress/'), importFile, Object.keys(full.lessons).length);
		await importContext.close();

		return {
			quizFeedbackMs: { noProgress: timing(noProgress.painted), largeProgress: timing(largeProgress.painted) },
			quizHandlerMs: { noProgress: timing(noProgress.handled), largeProgress: timing(largeProgress.handled) },
			quizSavedMs: { noProgress: timing(noProgress.saved), largeProgress: timing(largeProgress.saved) },
			dashboard,
			importMergeMs: timing(importMerge),
			lessons: Object.keys(full.lessons).length,
			answeredQuestions: Object.keys(full.questions).length,
			storedProgressBytes: Buffer.byteLength(encodeProgress(full)),
			importFileBytes: Buffer.byteLength(importFile),
		};
	} finally {
		await browser.close();
		await server.close();
	}
}

/** A fresh browser profile whose stored progress is `seed`, as the site writes it, when each page starts. */
async function contextWith(browser: Browser, seed?: Progress): Promise<BrowserContext> {
	// Timings are of the page's own work, not of a service worker precaching the site beside it.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	if (seed) {
		await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, encodeProgress(seed)] as const);
	}
	return context;
}

/**
 * Records, for every click on a matching element, the time from the input event to the end of the
 * page's click handlers and to the end of the next frame: a task queued from requestAnimationFrame
 * runs once that frame is painted. The frame callback is registered while the click is captured,
 * before the page's own handlers run, so work the page defers to after the frame is not counted.
 */
function recordClickTimes(page: Page, selector: string) {
	return page.evaluate((selector) => {
		type Times = { start: number; handled?: number; painted?: number; saved?: number };
		const times: Times[] = [];
		(window as unknown as { dpTimes: typeof times }).dpTimes = times;
		// The page's first write to storage after a click is the answer being saved.
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			setItem.call(this, key, value);
			const last = times.at(-1);
			if (last && last.saved === undefined) last.saved = performance.now() - last.start;
		};
		window.addEventListener(
			'click',
			(event) => {
				if (!(event.target as Element).closest(selector)) return;
				const click: Times = { start: event.timeStamp };
				times.push(click);
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => (click.painted = performance.now() - click.start);
					channel.port2.postMessage(null);
				});
			},
			{ capture: true },
		);
		window.addEventListener('click', (event) => {
			const click = times.at(-1);
			if (click && (event.target as Element).closest(selector)) click.handled = performance.now() - click.start;
		});
	}, selector);
}

const clickTimes = (page: Page) =>
	page.evaluate(() => (window as unknown as { dpTimes: { handled?: number; painted?: number; saved?: number }[] }).dpTimes);

/**
 * Checks the sidebar counts, including those of sections shown as single links (fetched section
 * index). A group that lists only a window of its lessons gives its total in `data-lessons` (on its
 * <details> or <summary>); a group without it lists every lesson.
 */
async function expectAllSectionsDone(page: Page) {
	const counts = () =>
		page.locator('.sidebar-content .dp-section-count').evaluateAll((badges) =>
			badges.map((badge) => {
				// A section shown as one link, or a windowed section's "All N lessons" link, carries the total.
				const group = badge.closest('details');
				const link = badge.closest<HTMLElement>('a[data-section]') ?? group?.querySelector<HTMLElement>('a[data-section]');
				const total = link ? link.dataset.lessons : String(group?.querySelectorAll('a[data-lesson]').length);
				return { text: badge.textContent, expected: `${total}/${total}` };
			}),
		);
	const deadline = Date.now() + 10_000;
	let last = await counts();
	while (last.some((c) => c.text !== c.expected) && Date.now() < deadline) {
		await page.waitForTimeout(50);
		last = await counts();
	}
	const wrong = last.filter((c) => c.text !== c.expected);
	if (!last.length || wrong.length) {
		throw new Error(
			`sidebar section counts do not show the stored progress on ${page.url()}: ${JSON.stringify(wrong.length ? wrong : 'no counts')}`,
		);
	}
}

async function timeQuizChecks(page: Page) {
	const url = page.url();
	await recordClickTimes(page, '[data-action="check"]');
	const questions = page.locator('.dp-question');
	const count = await questions.count();
	if (count === 0) throw new Error(`${url} has no quiz questions to time`);
	for (let round = 0; round < QUIZ_ROUNDS; round++) {
		for (let i = 0; i < count; i++) {
			const question = questions.nth(i);
			await answer(question);
			const before = (await clickTimes(page)).length;
			await question.locator('[data-action="check"]').click();
			await page.waitForFunction((n) => {
				const times = (window as unknown as { dpTimes: { painted?: number; saved?: number }[] }).dpTimes;
				return times.length > n && times.at(-1)!.painted !== undefined && times.at(-1)!.saved !== undefined;
			}, before);
			if (!(await question.locator('.dp-feedback[data-result]').count()))
				throw new Error(`question ${i + 1} on ${url} showed no feedback after Check`);
			await question.locator('[data-action="retry"]').click();
		}
	}
	const times = await clickTimes(page);
	return { handled: times.map((t) => t.handled!), painted: times.map((t) => t.painted!), saved: times.map((t) => t.saved!) };
}

/** Gives any answer, so Check scores it: the first choice, or the first partner for every match. */
async function answer(question: ReturnType<Page['locator']>) {
	const choice = question.locator('input:not([disabled])').first();
	if (await choice.count()) await choice.check();
	for (const select of await question.locator('select').all()) await select.selectOption({ index: 1 });
}

async function timeDashboard(page: Page, url: string, lessons: number): Promise<BrowserResult['dashboard']> {
	const render: number[] = [];
	const fill: number[] = [];
	const navigation: number[] = [];
	for (let i = 0; i < PAGE_LOADS; i++) {
		await page.goto(url);
		await page.waitForFunction(() => performance.getEntriesByName('dp-dashboard-rendered').length > 0);
		const overall = await page.locator('[data-overall-text]').textContent();
		// The page writes numbers for its language (1,021 in English).
		const count = new Intl.NumberFormat('en').format(lessons);
		if (!overall?.startsWith(`${count} of ${count}`)) {
			throw new Error(`the dashboard did not show the stored progress: "${overall}" instead of ${count} of ${count} lessons`);
		}
		const marks = await page.evaluate(() => {
			const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
			const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
			return { interactive: nav!.domInteractive, start: at('dp-dashboard-start'), rendered: at('dp-dashboard-rendered') };
		});
		render.push(marks.rendered - marks.interactive);
		fill.push(marks.rendered - marks.start);
		navigation.push(marks.rendered);
	}
	return { renderMs: timing(render), fillMs: timing(fill), navigationMs: timing(navigation) };
}

async function timeImport(page: Page, url: string, file: string, lessons: number): Promise<number[]> {
	const samples: number[] = [];
	for (let i = 0; i < IMPORTS; i++) {
		await page.goto(url);
		await page.locator('html[data-progress-ready]').waitFor({ state: 'attached' });
		await page.locator('[data-open-import]').click();
		await page.locator('#dp-import-file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		await page.evaluate(() => {
			const status = document.querySelector('[data-manage-status]')!;
			const w = window as unknown as { dpClickAt?: number; dpImported?: number };
			document
				.querySelector('[data-import-form] button[value="import"]')!
				.addEventListener('click', (event) => (w.dpClickAt = event.timeStamp));
			new MutationObserver(() => {
				if (!status.textContent || w.dpImported !== undefined) return;
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => (w.dpImported = performance.now() - w.dpClickAt!);
					channel.port2.postMessage(null);
				});
			}).observe(status, { childList: true, characterData: true, subtree: true });
		});
		await page.locator('[data-import-form] button[value="import"]').click();
		await page.waitForFunction(
			() =>
				(window as unknown as { dpImported?: number }).dpImported !== undefined ||
				document.querySelector('[data-import-error]')?.textContent,
		);
		const problem = await page.locator('[data-import-error]').textContent();
		if (problem) throw new Error(`the dashboard refused the generated progress file: ${problem}`);
		const stored = decodeProgress(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));
		const merged = stored.kind === 'ok' ? Object.keys(stored.progress.lessons).length : 0;
		if (merged !== lessons)
			throw new Error(`after importing, stored progress (${stored.kind}) has ${merged} lessons instead of ${lessons}`);
		samples.push(await page.evaluate(() => (window as unknown as { dpImported: number }).dpImported));
	}
	return samples;
}
