import type { Page } from '@playwright/test';
import { PSEUDO_MARKS, pseudoTranslate } from '../../../src/lib/locale/pseudo';
import { englishInterfaceStrings, pseudoDist, pseudoLocale, translatedLesson } from '../../support/pseudo-site';
import { servedSiteTest } from '../served-site';
import { expect } from '../fixtures';

const test = servedSiteTest(pseudoDist);

/**
 * Each English interface string as a pattern for a whole piece of text: a placeholder stands for
 * a short value (a number, a title), a plural form for each of its forms.
 */
async function englishPatterns(): Promise<string[]> {
	const strings = Object.values(await englishInterfaceStrings());
	const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const placeholder = /\{\{[^}]*\}\}|\[[A-Z_]+\]/;
	// A string of placeholders alone (or a letter or two) would match any text at all.
	const worded = (text: string) => /[A-Za-z]{3}/.test(text.split(placeholder).join(''));
	return [...new Set(strings.map((text) => text.replace(/\s+/g, ' ').trim()).filter(worded))].map(
		(text) => `^${text.split(placeholder).map(escapeRegExp).join('.{1,80}?')}$`,
	);
}

/**
 * What counts as the interface: text whose nearest `lang` is the page's. Course content sits in
 * elements marked with its own language (Starlight marks a lesson not translated yet as English,
 * the site's components mark questions, tasks and titles); the sidebar's and the pagination's
 * lesson titles, the site title, the language picker's names and addresses are content too.
 */
const NOT_INTERFACE =
	'dp-page-toc a:not([href="#_top"]), dp-page-toc .display-current, #starlight__sidebar a, .pagination-links a > span:last-child, .site-title, starlight-lang-select option, script, style, template, code, pre, noscript';

/** Text and accessible names of the interface that read as one of the English interface strings. */
async function untranslated(page: Page, patterns: string[]): Promise<string[]> {
	return page.evaluate(
		([sources, pageLang, skipped]) => {
			const regexes = sources.map((source) => new RegExp(source));
			const isInterface = (element: Element) => element.closest('[lang]')?.getAttribute('lang') === pageLang && !element.closest(skipped);
			const seen: string[] = [];
			const check = (text: string | null, where: string) => {
				const normal = (text ?? '').replace(/\s+/g, ' ').trim();
				if (normal && regexes.some((regex) => regex.test(normal))) seen.push(`${where}: ${normal}`);
			};
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement;
				if (parent && isInterface(parent)) check(node.textContent, `<${parent.localName}>`);
			}
			for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [data-load-failed]')) {
				if (!isInterface(element)) continue;
				for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'data-load-failed']) {
					if (element.hasAttribute(name)) check(element.getAttribute(name), `${element.localName}[${name}]`);
				}
			}
			return seen;
		},
		[patterns, 'en-XA', NOT_INTERFACE] as const,
	);
}

/**
 * Words of the interface that carry no pseudo-language marks: text the translations never saw,
 * whether or not it is in en.json. An address (the study guide's link to the site) is not words.
 */
async function unmarked(page: Page): Promise<string[]> {
	return page.evaluate(
		([open, pageLang, skipped]) => {
			const seen: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement!;
				const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (!/[A-Za-z]{3}/.test(text) || text.includes(open) || /^https?:\/\/\S+$/.test(text)) continue;
				if (parent.closest('[lang]')?.getAttribute('lang') !== pageLang || parent.closest(skipped)) continue;
				const path = [];
				for (let element: Element | null = parent; element && path.length < 4; element = element.parentElement)
					path.push(element.localName + (element.className ? `.${String(element.className).split(' ')[0]}` : ''));
				seen.push(`${path.join(' < ')}: ${text}`);
			}
			return seen;
		},
		[PSEUDO_MARKS[0], 'en-XA', NOT_INTERFACE] as const,
	);
}

/** Pieces of text that carry the pseudo-language's marks: proof the page is in it at all. */
async function pseudoTexts(page: Page): Promise<number> {
	return page.evaluate(([open]) => (document.body.innerText.match(new RegExp(open!, 'g')) ?? []).length, PSEUDO_MARKS);
}

const pages = [
	{ name: 'home', path: '' },
	{ name: 'a lesson with a quiz and a lab', path: 'linux/' },
	{ name: 'the dashboard', path: 'progress/' },
	{ name: 'review', path: 'progress/review/' },
	{ name: 'the scorecard', path: 'progress/scorecard/' },
	{ name: 'the study guide', path: 'study-guide/' },
	{ name: 'a study guide section', path: 'study-guide/role/' },
	{ name: 'the tools catalogue', path: 'tools/catalogue/' },
];

for (const { name, path } of pages) {
	test(`in the pseudo-language, ${name} shows no untranslated interface text`, async ({ page }) => {
		const patterns = await englishPatterns();
		await page.goto(`${pseudoLocale}/${path}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
		// Scripts fill in the progress pages; their text counts once it is there.
		await page.waitForLoadState('networkidle');
		expect(await pseudoTexts(page)).toBeGreaterThan(5);
		expect(await untranslated(page, patterns)).toEqual([]);
		expect(await unmarked(page)).toEqual([]);
	});
}

test('in the pseudo-language, what a quiz and a lab say as the learner works is translated too', async ({ page }) => {
	const patterns = await englishPatterns();
	await page.goto(`${pseudoLocale}/linux/`);
	const question = page.locator('.dp-question').first();
	// Check with no answer, then with one: the quiz's messages, feedback and score appear.
	await question.locator('[data-action="check"]').click();
	await question.locator('input').first().check();
	await question.locator('[data-action="check"]').click();
	await expect(page.locator('.dp-score')).toContainText(PSEUDO_MARKS[0]);
	const lab = page.locator('dp-lab').first();
	await lab.locator('[data-action="start"]').click();
	await expect(lab.locator('[data-command]')).toBeVisible({ timeout: 30_000 });
	await lab.locator('[data-command]').fill('pwd');
	await lab.locator('[data-command]').press('Enter');
	await expect(lab.locator('[data-log]')).toContainText('/');
	expect(await untranslated(page, patterns)).toEqual([]);
	expect(await unmarked(page)).toEqual([]);
});

test('a lesson translated by adding its file shows in the language without the fallback notice; the others fall back under it', async ({
	page,
}) => {
	const notice = pseudoTranslate('This content is not available in your language yet.');
	await page.goto(`${pseudoLocale}/${translatedLesson.href}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(translatedLesson.title);
	await expect(page.getByText(notice)).toHaveCount(0);
	await page.goto(`${pseudoLocale}/linux/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linux and the shell');
	await expect(page.getByText(notice)).toBeVisible();
});
