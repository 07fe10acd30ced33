import type { Page } from '@playwright/test';
import { builtPagePaths } from '../support/site-pages';
import { axeViolations, expect, openInTheme, test, THEME_RULES } from './fixtures';

type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];

const paths = builtPagePaths();

// A full axe run on a long page takes seconds, many more on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('the sitemap lists the pages the gates must cover', () => {
	expect(paths).toContain('/');
	expect(paths).toContain('/contribute/question-types/');
});

/**
 * The whole study guide is every section view in one page: axe takes minutes on it, and grows
 * faster than the page. Each section view is checked whole; on the whole guide, its own parts
 * (study-guide.spec.ts checks its ids and heading levels across sections).
 */
const WHOLE_GUIDE = '/study-guide/';
const WHOLE_GUIDE_PARTS = ['.dp-guide-cover', '.dp-guide-toc', 'header', '#answer-key > :first-child'];

// Every rule in the light theme; in the dark theme only the rules that depend on colours, since
// the markup, names and structure are the same in both.
for (const path of paths) {
	for (const theme of THEMES) {
		test(`axe: ${path} in ${theme} theme`, async ({ page }) => {
			await openInTheme(page, path, theme);
			const include = path === WHOLE_GUIDE ? WHOLE_GUIDE_PARTS : undefined;
			expect(await axeViolations(page, include, theme === 'dark' ? THEME_RULES : undefined)).toEqual([]);
		});
	}
}

/** Answers every question of a quiz page from its answer key where the key names the answer, then checks each. */
async function checkEveryQuestion(page: Page) {
	const keys = await page.locator('script[data-answer-key]').evaluateAll((scripts) =>
		Object.assign({}, ...scripts.map((script) => JSON.parse(script.textContent ?? '{}'))),
	);
	for (const question of await page.locator('.dp-question').all()) {
		const key = keys[(await question.getAttribute('data-question'))!];
		if (key.type === 'single') await question.locator(`input[value="${key.correct}"]`).check();
		if (key.type === 'multiple' || key.type === 'spot') {
			for (const value of key.correct) await question.locator(`input[value="${value}"]`).check();
		}
		if (key.type === 'truefalse') await question.getByLabel(key.correct ? 'True' : 'False', { exact: true }).check();
		if (key.type === 'match') {
			for (const select of await question.locator('select').all()) await select.selectOption({ index: 1 });
		}
		await question.getByRole('button', { name: 'Check' }).click();
	}
	await expect(page.locator('.dp-feedback:empty')).toHaveCount(0);
	await expect(page.locator('.dp-score')).not.toBeEmpty();
}

for (const theme of THEMES) {
	test(`axe: a quiz after Check, right and wrong answers shown, ${theme} theme`, async ({ page }) => {
		await openInTheme(page, '/contribute/question-types/', theme);
		await checkEveryQuestion(page);
		await expect(page.locator('.dp-feedback', { hasText: 'Correct.' }).first()).toBeVisible();
		await expect(page.locator('.dp-feedback', { hasText: 'Not quite.' }).first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('the axe check fails on an image without alt text', async ({ page }) => {
	await page.goto('/');
	await page.locator('main').evaluate((main) => {
		const image = document.createElement('img');
		image.src = '/favicon.svg';
		main.append(image);
	});
	const violations = await axeViolations(page);
	expect(violations).toHaveLength(1);
	expect(violations[0]).toMatch(/^image-alt at [^:]*img: /);
});
