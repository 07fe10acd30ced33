import type { Page } from '@playwright/test';
import { defaultLanguagePagePaths } from '../support/site-pages';
import { axeViolations, expect, openInTheme, switchTheme, test, THEME_RULES } from './fixtures';
import { guardPage } from './page-guard';
import { phoneProblems } from './page-width';
import { WHOLE_GUIDE } from '../../src/lib/print/study-guide-address';

type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];

const paths = defaultLanguagePagePaths();

// A full axe run on a long page takes seconds, many more on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('the sitemap lists the pages the gates must cover', () => {
	expect(paths).toContain('/');
	expect(paths).toContain('/contribute/question-types/');
});

/**
 * Study guide pages hold lessons that axe already checks on their own pages, rewritten by one
 * transform, plus worksheets and an answer key drawn by the same components in every section.
 * One section view is checked whole, which proves the transform and those components; on the
 * other views and the whole guide (where a full run takes minutes), axe checks the parts each
 * page has of its own: header, cover and contents. study-guide.spec.ts checks ids and heading
 * levels across the whole guide.
 */
const GUIDE_CHECKED_WHOLE = '/study-guide/growth/'; // every question type, five lessons
const GUIDE_OWN_PARTS = ['header', '.dp-guide-cover', '.dp-guide-toc'];
const WHOLE_GUIDE_PATH = `/study-guide/${WHOLE_GUIDE}/`;

/**
 * The header and sidebar are the same on every page but for which link is current and the
 * progress marks. They are checked on these pages, one of each kind; elsewhere axe checks the
 * page without them, which saves a fifth of its time.
 */
const CHROME_CHECKED_ON = new Set(['/', '/start-here/', '/linux/', '/progress/', '/tools/catalogue/', GUIDE_CHECKED_WHOLE]);
const SITE_CHROME = ['header.header', '#starlight__sidebar'];

function axeScope(path: string): { include?: readonly string[]; exclude?: readonly string[] } {
	if (path.startsWith('/study-guide/') && path !== GUIDE_CHECKED_WHOLE) return { include: GUIDE_OWN_PARTS };
	return CHROME_CHECKED_ON.has(path) ? {} : { exclude: SITE_CHROME };
}

// One visit per page checks what every page must hold to: axe with every rule in the light theme,
// then the dark theme with only the rules that depend on colours (markup, names and structure are
// the same in both); at 320 and 390 px in both themes, no wider than the screen with every header
// control on it; no Content-Security-Policy violation; no request to another origin.
for (const path of paths) {
	test(`${path}: axe in light and dark theme, fits a phone, no policy violation, no third-party request`, async ({ page, baseURL }) => {
		const guard = await guardPage(page, new URL(baseURL!).origin);
		await openInTheme(page, path, 'light');
		await page.waitForLoadState('networkidle');
		// The whole guide's sections are the section views, each checked in full on its own page.
		// Once the page has loaded (and the guard has seen it), they are taken out, so axe, each
		// theme switch and each resize work on the guide's own parts, not hundreds of printed pages.
		if (path === WHOLE_GUIDE_PATH) await removeGuideSections(page);
		const { include, exclude } = axeScope(path);
		expect(await axeViolations(page, include, undefined, exclude), 'light theme').toEqual([]);
		await switchTheme(page, 'dark');
		expect(await axeViolations(page, include, THEME_RULES, exclude), 'dark theme').toEqual([]);
		expect(await phoneProblems(page, path), 'at phone widths').toEqual([]);
		expect(await guard.violations(), 'policy violations').toEqual([]);
		expect(guard.foreignRequests, 'requests to other origins').toEqual([]);
	});
}

async function removeGuideSections(page: Page) {
	const removed = await page.locator('.dp-guide-section').evaluateAll((sections) => {
		for (const section of sections) section.remove();
		return sections.length;
	});
	expect(removed, 'sections in the whole guide').toBeGreaterThan(1);
}

/** Answers every question of a quiz page from its answer key where the key names the answer, then checks each. */
async function checkEveryQuestion(page: Page) {
	const keys = await page
		.locator('script[data-answer-key]')
		.evaluateAll((scripts) => Object.assign({}, ...scripts.map((script) => JSON.parse(script.textContent ?? '{}'))));
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

test('the axe check fails on a button smaller than 24 px that crowds another (target-size)', async ({ page }) => {
	await page.goto('/');
	await page.locator('main').evaluate((main) => {
		const row = document.createElement('p');
		for (const label of ['A', 'B']) {
			const button = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
			button.style.cssText = 'width:12px;height:12px;padding:0;margin:0;font-size:8px;line-height:1';
			row.append(button);
		}
		main.append(row);
	});
	const violations = await axeViolations(page, 'main', ['target-size']);
	expect(violations.length).toBeGreaterThan(0);
	expect(violations[0]).toMatch(/^target-size at /);
});

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
