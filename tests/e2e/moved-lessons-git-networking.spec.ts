import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const KEY = 'devops-path:devops-path:/:progress';
const DAY = 86_400_000;

/**
 * Progress as a learner's browser held it while these lessons lived under Fundamentals. It is
 * stored by lesson key, which the move kept, so it must still show at the new addresses.
 */
const before = (now: number) => ({
	version: 2,
	lessons: {
		'fundamentals-git': { status: 'done', startedAt: now - 3 * DAY, updatedAt: now - 2 * DAY, completedAt: now - 2 * DAY },
		'fundamentals-networking': { status: 'done', startedAt: now - DAY, updatedAt: now - DAY, completedAt: now - DAY },
	},
	questions: {},
	checklist: {},
	review: {},
});

/** The progress script has read storage and drawn the page (it runs after the redirect's second load). */
const progressDrawn = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-progress-ready', '', { timeout: 20_000 });

test.beforeEach(async ({ page }) => {
	await page.addInitScript(
		({ key, value }) => {
			// Only the first page load of the test gets the old record; later loads keep what the site wrote.
			if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
		},
		{ key: KEY, value: JSON.stringify(before(Date.now())) },
	);
});

test('an old lesson address leads to the moved lesson, which still shows as completed', async ({ page }) => {
	await page.goto('/fundamentals/git/');
	await expect(page).toHaveURL(/\/git\/pull-request-workflow\/$/);
	await progressDrawn(page);
	await expect(page.locator('[data-lesson-status]')).toHaveText('Completed');
	await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.sidebar-content a[href="/networking/essentials/"]')).toHaveAttribute('data-progress', 'done');
});

test('the moved networking lesson keeps its completion, and the dashboard counts it in its new section', async ({ page }) => {
	await page.goto('/fundamentals/networking/');
	await expect(page).toHaveURL(/\/networking\/essentials\/$/);
	await progressDrawn(page);
	await expect(page.locator('[data-lesson-status]')).toHaveText('Completed');
	await page.goto('/progress/');
	await progressDrawn(page);
	// Each section's bar is named by the section's label and counts its completed lessons.
	await expect(page.getByRole('progressbar', { name: 'Networking', exact: true })).toHaveJSProperty('value', 1);
	await expect(page.getByRole('progressbar', { name: 'Git in a team', exact: true })).toHaveJSProperty('value', 1);
	await expect(page.getByRole('progressbar', { name: 'Fundamentals', exact: true })).toHaveJSProperty('value', 0);
});
