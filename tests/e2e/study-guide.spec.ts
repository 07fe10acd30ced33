import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { readSiteSettings } from '../../src/config/site';
import type { QuizBank } from '../../src/schemas/quiz';
import { lessonsInOrder, tabsOf } from '../support/lessons';
import { expect, setTheme, tabTo, test } from './fixtures';

const lessons = lessonsInOrder();
const settings = readSiteSettings();
const bankOf = (id: string): QuizBank => parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8'));
const articleKeys = (page: Page) =>
	page.locator('article[data-lesson]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.lesson));
const answerGroups = (page: Page) => page.locator('#answer-key h3').allTextContents();

test('the whole guide holds a cover, the contents and every lesson in learning order, then the answer key', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/study-guide/all/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${settings.title} study guide`);
	await expect(page.locator('.dp-guide-facts')).toContainText(/Built\s*\d{4}-\d{2}-\d{2}/);
	await expect(page.locator('.dp-guide-facts')).toContainText(new URL(settings.base, settings.url).href);

	expect(await articleKeys(page)).toEqual(lessons.map((lesson) => lesson.key));
	expect(await page.locator('article[data-lesson] > h3').allTextContents()).toEqual(lessons.map((lesson) => lesson.title));

	const contents = page.getByRole('navigation', { name: 'Contents' });
	const entries = await contents
		.locator('a[href^="#lesson-"]')
		.evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
	expect(entries).toEqual(lessons.map((lesson) => [`#lesson-${lesson.key}`, lesson.title]));

	const quizzed = lessons.filter((lesson) => lesson.quiz);
	expect(await answerGroups(page)).toEqual(quizzed.map((lesson) => lesson.title));
	const counted = await page.evaluate(
		(keys) =>
			keys.map((key) => ({
				key,
				questions: document.querySelectorAll(`#lesson-${key} .dp-pq-question`).length,
				answers: document.querySelector(`#answers-${key}`)?.closest('section')?.querySelectorAll('.dp-answers > li').length,
			})),
		quizzed.map((lesson) => lesson.key),
	);
	const expected = quizzed.map((lesson) => {
		const count = bankOf(lesson.quiz!).questions.length;
		return { key: lesson.key, questions: count, answers: count };
	});
	expect(counted).toEqual(expected);
	await expect(page.locator('#answer-key')).toHaveAttribute('data-pagefind-ignore', 'all');
});

test('the guide opens on its sections, each a page of its own, with the PDF and the whole guide to print', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/study-guide/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${settings.title} study guide: sections`);
	// No lesson text here: a reader opens one section at a time.
	await expect(page.locator('article[data-lesson]')).toHaveCount(0);
	const pdf = page.getByRole('link', { name: `Download the whole guide as a PDF (${settings.pdfFormat})` });
	const response = await page.request.get((await pdf.getAttribute('href'))!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('application/pdf');

	const sectionIds = [...new Set(lessons.map((lesson) => lesson.section))];
	const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
	expect(await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual(sectionIds.map((id) => `/study-guide/${id}/`));
	for (const id of sectionIds) expect((await page.request.get(`/study-guide/${id}/`)).status()).toBe(200);

	await page.getByRole('link', { name: 'The whole guide on one page, to print' }).click();
	await expect(page).toHaveURL(/\/study-guide\/all\/$/);
	// The whole guide is a long page; its print button comes with its script, after load.
	await page.waitForLoadState('load');
	await expect(page.getByRole('button', { name: 'Print the guide' })).toBeVisible();
	await expect(page.getByRole('link', { name: `Download the whole guide as a PDF (${settings.pdfFormat})` })).toBeVisible();
	const bySection = page.locator('.dp-guide-sections a');
	expect(await bySection.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual(
		sectionIds.map((id) => `/study-guide/${id}/`),
	);
});

test('a section view holds only that section', async ({ page }) => {
	const section = 'lifecycle';
	const own = lessons.filter((lesson) => lesson.section === section);
	await page.goto(`/study-guide/${section}/`);
	expect(await articleKeys(page)).toEqual(own.map((lesson) => lesson.key));
	await expect(page.locator('.dp-guide-section')).toHaveCount(1);
	await expect(page.locator('.dp-guide-section')).toHaveId(`section-${section}`);
	expect(await answerGroups(page)).toEqual(own.filter((lesson) => lesson.quiz).map((lesson) => lesson.title));
	await expect(page.locator('a[href$=".pdf"]')).toHaveCount(0);
});

test('links inside the guide stay inside it, and links written relative to a lesson lead where they do on its page', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/study-guide/all/');
	const inDocument = await page.evaluate(() => {
		const hrefs = [...document.querySelectorAll('article[data-lesson] a[href^="#lesson-"]')].map((a) => a.getAttribute('href')!);
		return [...new Set(hrefs)].map((href) => ({ href, targets: document.querySelectorAll(`[id="${href.slice(1)}"]`).length }));
	});
	expect(inDocument.length).toBeGreaterThan(10);
	expect(inDocument.filter((link) => link.targets !== 1)).toEqual([]);

	// A jump to a lesson in the guide stands for a link to that lesson's page.
	const pathOfArticle = new Map(lessons.map((lesson) => [`lesson-${lesson.key}`, `/${lesson.id}/`]));
	const asPageLink = (href: string) => {
		const [article, heading] = href.slice(1).split('--');
		return pathOfArticle.has(article!) ? `${pathOfArticle.get(article!)}${heading ? `#${heading}` : ''}` : href;
	};
	const targetsIn = (selector: string) =>
		page.locator(selector).evaluateAll((links) =>
			links
				.filter((a) => !a.closest('.sl-anchor-link, starlight-tabs [role="tablist"]'))
				.map((a) => {
					const href = a.getAttribute('href')!;
					if (href.startsWith('#')) return href;
					const url = new URL(href, location.href);
					return url.origin === location.origin ? `${url.pathname}${url.hash}` : url.href;
				}),
		);
	const sample = lessons.filter((l) => ['start-here', 'lifecycle', 'growth'].includes(l.id));
	const inGuide = new Map<string, string[]>();
	for (const lesson of sample)
		inGuide.set(lesson.id, (await targetsIn(`#lesson-${lesson.key} > :not(.dp-print-quiz) a[href]`)).map(asPageLink));
	for (const lesson of sample) {
		await page.goto(`/${lesson.id}/`);
		expect(inGuide.get(lesson.id), lesson.id).toEqual(
			await targetsIn('.sl-markdown-content > :not(dp-quiz, .dp-print-quiz, dp-print-button) a[href]'),
		);
	}
});

test('on screen a guide view lays out only the parts near the viewport; links, focus and print reach every part', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto('/study-guide/growth/');
	const parts = page.locator('.dp-guide-part');
	const last = page.locator('article[data-lesson]').last();
	// A part the browser skips has content that is not visible yet; the last lesson is far below.
	const shown = () => parts.evaluateAll((els) => els.map((el) => el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })));
	const before = await shown();
	expect(before.filter((visible) => !visible).length).toBeGreaterThan(before.length / 2);
	expect(await last.locator('h3').evaluate((h) => h.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);

	// A link in the contents lands on the lesson, laid out, and a link to a heading deep inside it too.
	const lastKey = await last.getAttribute('data-lesson');
	await page.getByRole('navigation', { name: 'Contents' }).locator(`a[href="#lesson-${lastKey}"]`).click();
	await expect(last.locator('h3')).toBeInViewport();
	expect(await last.locator('h3').evaluate((h) => h.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
	const deep = page.locator('article[data-lesson]').nth(3).locator('h4[id]').last();
	await page.goto(`/study-guide/growth/#${await deep.getAttribute('id')}`);
	await expect(deep).toBeInViewport();

	// Paper gets every part laid out, as before.
	await page.emulateMedia({ media: 'print' });
	expect(new Set(await parts.evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility)))).toEqual(new Set(['visible']));
});

test('a guide part not laid out yet is never shorter than it is, at the narrowest screen of each range', async ({ page }) => {
	// Text is tallest at the narrowest width of each range the placeholder factors cover (OffscreenPart.astro):
	// 320 px, the narrowest the site fits, and 800 px (50rem). Too short a placeholder would let axe see
	// parts overlap. The whole guide holds every part.
	test.setTimeout(180_000);
	for (const width of [320, 800]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/study-guide/all/');
		const short = await page.locator('.dp-guide-part').evaluateAll((parts) => {
			const placeholders = parts.map((part) => Number(/([\d.]+)px/.exec(getComputedStyle(part).containIntrinsicBlockSize)?.[1]));
			for (const part of parts) (part as HTMLElement).style.contentVisibility = 'visible';
			return parts.flatMap((part, i) => {
				const height = part.getBoundingClientRect().height;
				return placeholders[i]! >= height
					? []
					: [`${part.id || part.querySelector('h3')?.id}: ${Math.round(height)} px tall, placeholder ${placeholders[i]} px`];
			});
		});
		expect(short, `at ${width} px`).toEqual([]);
	}
});

test('search finds lessons but never the guide', async ({ page }) => {
	await page.goto('/');
	const urls = await page.evaluate(async () => {
		const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
		const search = await pagefind.search('pipeline');
		return Promise.all(search.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url));
	});
	expect(urls.length).toBeGreaterThan(3);
	expect(urls.filter((url: string) => url.includes('/study-guide/'))).toEqual([]);
});

test('printing a lesson: every tab panel under its label, no site chrome, nothing interactive', async ({ page }, testInfo) => {
	const lesson = lessons.find((l) => l.id === 'fundamentals/ci-cd')!;
	const tabs = tabsOf(lesson.body);
	expect(tabs.length, 'the lesson uses tabs').toBeGreaterThan(1);
	await page.goto('/fundamentals/ci-cd/');
	const panels = page.locator('starlight-tabs [role="tabpanel"]');
	await expect(panels.nth(1)).toBeHidden();

	await page.emulateMedia({ media: 'print' });
	for (let i = 0; i < tabs.length; i++) await expect(panels.nth(i)).toBeVisible();
	for (const hidden of ['header.header', 'nav.sidebar', '.pagination-links', 'dp-print-button', 'dp-quiz', 'site-search']) {
		await expect(page.locator(hidden).first(), hidden).toBeHidden();
	}
	await expect(page.locator('.dp-print-quiz')).toBeVisible();

	// On paper: each label, then a line that only its panel holds, in that order.
	const pdf = testInfo.outputPath('ci-cd-lesson.pdf');
	await page.pdf({ path: pdf, format: 'A4' });
	const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
	let from = 0;
	for (const tab of tabs) {
		const line = distinctiveLine(tab.text, tabs);
		const label = text.indexOf(squash(tab.label), from);
		const content = text.indexOf(squash(line), label);
		expect(label, `tab "${tab.label}" printed`).toBeGreaterThan(-1);
		expect(content, `"${line}" printed after its label "${tab.label}"`).toBeGreaterThan(label);
		from = content;
	}
});

test('printing a lesson shows its quiz as questions to answer on paper, never the learner’s answers', async ({ page }) => {
	const bank = bankOf('lifecycle-build');
	await page.goto('/lifecycle/build/');
	const printed = page.locator('.dp-print-quiz');
	await expect(printed).toBeHidden();
	const quiz = page.locator('dp-quiz');
	await quiz.getByRole('radio').first().check();
	await quiz.getByRole('button', { name: 'Check' }).first().click();

	await page.emulateMedia({ media: 'print' });
	await expect(quiz).toBeHidden();
	await expect(printed).toBeVisible();
	await expect(printed.locator('.dp-pq-question')).toHaveCount(bank.questions.length);
	await expect(printed.locator('input, select, button')).toHaveCount(0);
	await expect(printed.locator('.dp-pq-box').first()).toBeVisible();
	await expect(printed).not.toContainText('Correct.');
	await expect(printed).not.toContainText('Not quite.');
});

test('paper is never dark, links show where they lead, code wraps and stays in one piece', async ({ page }) => {
	await page.setViewportSize({ width: 600, height: 900 });
	await page.goto('/scripting/');
	const colours = () =>
		page.evaluate(() => {
			const token = document.querySelector('.expressive-code .ec-line span[style*="--1"]')!;
			const text = document.querySelector('.sl-markdown-content p')!;
			return {
				body: getComputedStyle(document.body).backgroundColor,
				text: getComputedStyle(text).color,
				token: getComputedStyle(token).color,
			};
		});
	await page.emulateMedia({ media: 'print' });
	await setTheme(page, 'light');
	const light = await colours();
	await setTheme(page, 'dark');
	expect(await colours()).toEqual(light);
	expect(light.body).toBe('rgb(255, 255, 255)');

	const external = page.locator('.sl-markdown-content a[href^="https://"]').first();
	const href = (await external.getAttribute('href'))!;
	expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);

	const code = await page
		.locator('.expressive-code pre')
		.evaluateAll((blocks) =>
			blocks.map((pre) => ({ overflows: pre.scrollWidth > pre.clientWidth + 1, breakInside: getComputedStyle(pre).breakInside })),
		);
	expect(code.length).toBeGreaterThan(0);
	expect(code.filter((block) => block.overflows)).toEqual([]);
	expect(new Set(code.map((block) => block.breakInside))).toEqual(new Set(['avoid']));
	expect(
		await page
			.locator('.dp-pq-question')
			.first()
			.evaluate((q) => getComputedStyle(q).breakInside),
	).toBe('avoid');
});

test('the Print buttons open the print dialog, by keyboard too', async ({ page }) => {
	await page.addInitScript(() => {
		window.print = () => {
			document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? 0) + 1);
		};
	});
	await page.goto('/lifecycle/build/');
	await page.getByRole('button', { name: 'Print this lesson' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-printed', '1');

	await page.goto('/study-guide/start-here/');
	await tabTo(page, page.getByRole('button', { name: 'Print the guide' }));
	await page.keyboard.press('Enter');
	await expect(page.locator('html')).toHaveAttribute('data-printed', '1');
});

test('without JavaScript there is no Print button that could not work', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/lifecycle/build/');
	await expect(page.locator('dp-print-button')).toBeHidden();
	await context.close();
});

test('the whole guide has unique ids and headings that never skip a level', async ({ page }) => {
	// axe checks every section view and the guide's own parts (a11y.spec.ts); what only the whole
	// page can get wrong is two lessons' ids colliding, or the sections' heading levels not fitting.
	await page.goto('/study-guide/all/');
	const { duplicates, skips } = await page.locator('main').evaluate((main) => {
		const ids = [...main.querySelectorAll('[id]')].map((element) => element.id);
		const levels = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
		return {
			duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
			skips: levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : [])),
		};
	});
	expect(duplicates).toEqual([]);
	expect(skips).toEqual([]);
});

/** Text with all whitespace removed: PDF text extraction breaks lines where the layout did. */
function squash(text: string): string {
	return text.replace(/\s+/g, '');
}

/** The longest line of a tab's MDX that no other tab holds. */
function distinctiveLine(text: string, tabs: { text: string }[]): string {
	const lines = text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.length > 8 && !line.startsWith('```') && !/[*_`[\]]/.test(line));
	const own = lines.filter((line) => tabs.every((tab) => tab.text === text || !tab.text.includes(line)));
	return own.sort((a, b) => b.length - a.length)[0]!;
}
