import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { sections } from '../../src/config/sections';
import { expect, test } from './fixtures';

/** A real page: an h1 and main content of more than a few words. */
async function expectRealPage(page: Page, url: string) {
	const response = await page.goto(url);
	expect(response?.status(), url).toBe(200);
	await expect(page.locator('main h1'), url).toHaveCount(1);
	await expect(page.locator('main h1'), url).not.toBeEmpty();
	const words = (await page.locator('main').innerText()).split(/\s+/).filter(Boolean).length;
	expect(words, `words in the main content of ${url}`).toBeGreaterThan(20);
}

const topLevel = (page: Page) => page.locator('nav[aria-label="Main"] ul.top-level > li');
/** A group's or link's own label, without the progress badge beside it. */
const labelOf = async (entry: Locator) =>
	(await entry.locator(':scope > details > summary .large, :scope > a > span:first-child').first().innerText()).trim();

test('the sidebar shows every learners’ section, in order, and Contribute has its own', async ({ page }) => {
	await page.goto('/start-here/');
	const learners = sections.filter((section) => section.id !== 'contribute').map((section) => section.label);
	expect(await Promise.all((await topLevel(page).all()).map(labelOf))).toEqual(learners);
	await page.goto('/');
	await page.locator('main').getByRole('link', { name: 'Contribute' }).click();
	await expect(page).toHaveURL(/\/contribute\/$/);
	expect(await Promise.all((await topLevel(page).all()).map(labelOf))).toEqual(['Contribute']);
});

test('every sidebar section leads to real pages', async ({ page, request }) => {
	test.setTimeout(90_000);
	await page.goto('/start-here/');
	const entries = await topLevel(page).all();
	const targets: { label: string; first: string; rest: string[] }[] = [];
	for (const entry of entries) {
		const hrefs = await entry.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		const label = await labelOf(entry);
		expect(hrefs.length, `links in sidebar section "${label}"`).toBeGreaterThan(0);
		targets.push({ label, first: hrefs[0]!, rest: hrefs.slice(1) });
	}
	// Each section's first page is opened in the browser; the others are fetched, which is enough to prove they exist.
	for (const { first } of targets) await expectRealPage(page, first);
	for (const { label, rest } of targets) {
		for (const href of rest) {
			const response = await request.get(href);
			expect(response.status(), `${href} in "${label}"`).toBe(200);
			expect(await response.text(), `${href} has an h1`).toMatch(/<h1[\s>]/);
		}
	}
});

/**
 * A word of a lesson (prose or code, both indexed) that no other content or source file holds,
 * even with its last five letters cut off, so Pagefind's stemming cannot match it elsewhere
 * ("distributions" and "distributed" share a stem).
 */
function wordOnlyIn(lessonFile: string): string {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
		);
	const body = readFileSync(lessonFile, 'utf8')
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<[^>]*>|^import .*$/gm, '')
		.toLowerCase();
	const elsewhere = [...walk('content'), ...walk('src')]
		.filter((file) => file !== lessonFile)
		.map((file) => readFileSync(file, 'utf8').toLowerCase())
		.join('\n');
	const words = body.match(/(?<![\w-])[a-z]{7,}(?![\w-])/g) ?? [];
	const word = words.find((candidate) => !elsewhere.includes(candidate.slice(0, Math.max(6, candidate.length - 5))));
	if (!word) throw new Error(`${lessonFile} has no word of its own to search for`);
	return word;
}

test('the search box finds a lesson by a word that only its text contains', async ({ page }) => {
	const word = wordOnlyIn('content/docs/linux/index.mdx');
	await page.goto('/start-here/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	const input = dialog.getByRole('textbox', { name: 'Search' });
	// The search UI and its index load on first open, and results follow the typing: seconds on a busy machine.
	await expect(input).toBeFocused({ timeout: 30_000 });
	await page.keyboard.type(word);
	const results = dialog.locator('.pagefind-ui__result');
	await expect(results.first(), `results for "${word}"`).toBeVisible({ timeout: 30_000 });
	await expect(results, `only one page contains "${word}"`).toHaveCount(1);
	const link = results.first().locator('.pagefind-ui__result-link').first();
	await expect(link).toHaveText('Linux and the shell');
	await link.click();
	await expect(page).toHaveURL(/\/linux\/$/);
	await expect(page.locator('main')).toContainText(word);
});

test('the home page says who the site is for and links to Start here', async ({ page }) => {
	await page.goto('/');
	const main = page.locator('main');
	await expect(main.locator('h1')).toHaveText('DevOps Path');
	await expect(main).toContainText('junior (associate) DevOps engineer');
	await expect(main.getByRole('heading', { level: 2, name: 'Who this is for' })).toBeVisible();
	const audience = await main.locator('.sl-heading-wrapper:has(#who-this-is-for) + *').innerText();
	expect(audience.split(/\s+/).length, 'words under "Who this is for"').toBeGreaterThan(40);
	await main.getByRole('link', { name: 'Start here', exact: true }).click();
	await expect(page).toHaveURL(/\/start-here\/$/);
	await expect(page.locator('main h1')).toHaveText('Start here');
});

test('search indexes lesson text and quiz prompts, never quiz options, controls or progress status', async ({ page }) => {
	const lesson = '/terraform/workflow/';
	await page.goto(lesson);
	const prompt = (
		await page
			.locator('.dp-question[data-type="order"] legend .dp-prompt, .dp-question[data-type="order"] div.dp-prompt')
			.first()
			.innerText()
	).trim();
	const indexed: string = await page.evaluate(async (lesson) => {
		const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
		const search = await pagefind.search('infrastructure');
		for (const result of search.results) {
			const data = await result.data();
			if (new URL(data.url, location.origin).pathname === lesson) return data.content;
		}
		throw new Error(`no search result for ${lesson}`);
	}, lesson);
	expect(indexed).toContain(prompt.split(/\s+/).slice(0, 6).join(' '));
	for (const noise of ['Move up', 'Move down', 'Not started', 'Mark as complete', 'Not sure', 'Question 1 of', 'Try again']) {
		expect(indexed, `"${noise}" in the search index`).not.toContain(noise);
	}
});
