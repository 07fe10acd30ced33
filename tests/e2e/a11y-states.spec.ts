import { axeViolations, expect, openInTheme, test } from './fixtures';

/*
 * Accessibility of the progress dashboard's interactive states. Progress is seeded through the UI
 * as a learner would: mark a lesson complete, then open the dashboard.
 */

const LESSON = '/linux/';
const DASHBOARD = '/progress/';

for (const theme of ['light', 'dark'] as const) {
	test(`axe: the dashboard with progress, ${theme} theme`, async ({ page }) => {
		await openInTheme(page, LESSON, theme);
		const mark = page.getByRole('button', { name: 'Mark as complete' });
		await mark.click();
		await expect(mark).toHaveAttribute('aria-pressed', 'true');
		await page.goto(DASHBOARD);
		expect(await axeViolations(page)).toEqual([]);
	});

	test(`axe: the import dialog open, ${theme} theme`, async ({ page }) => {
		await openInTheme(page, DASHBOARD, theme);
		await page.getByRole('button', { name: 'Import progress' }).click();
		const dialog = page.locator('dialog[open]');
		await expect(dialog).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}
