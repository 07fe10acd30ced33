import { axeViolations, expect, test } from './fixtures';

/**
 * The My progress page reads the course from one shared file, /course-outline.json, rather than
 * from its own HTML: the page stays small in a course of a thousand lessons.
 */
test('the dashboard fetches the course outline once per visit and draws from it', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === '/course-outline.json') fetched.push(request.url());
	});
	await page.goto('/lifecycle/plan/');
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await page.goto('/progress/');
	await expect(page.locator('[data-overall-text]')).toHaveText(/^1 of \d+ lessons completed$/);
	await expect(page.locator('[data-section="lifecycle"] [data-section-text]')).toHaveText(/^1 of \d+ lessons completed$/);
	// The next lesson comes from the outline, linked in the page's language.
	await expect(page.locator('[data-next] a')).toHaveAttribute('href', /^\/[a-z0-9/-]+\/$/);
	expect(await page.locator('script[data-outline]').count()).toBe(0);
	expect(fetched).toHaveLength(1);
});

test('a Spanish dashboard links the next lesson to its Spanish page', async ({ page }) => {
	await page.goto('/es/progress/');
	await expect(page.locator('[data-next] a')).toHaveAttribute('href', /^\/es\/[a-z0-9/-]+\/$/);
});

test('when the outline cannot load, the page says so and export still works', async ({ page, pageErrors }) => {
	await page.route('**/course-outline.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
	await page.goto('/progress/');
	const alert = page.locator('[data-outline-error]');
	await expect(alert).toBeVisible();
	await expect(alert).toHaveText(/course-outline\.json.*HTTP 503.*Your progress is safe/);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	expect((await downloading).suggestedFilename()).toMatch(/^devops-path-progress-/);
	expect(await axeViolations(page)).toEqual([]);
	// The browser logs the refused file; that one error is this test's doing, any other fails it.
	const refused = pageErrors.findIndex((error) => error.includes('503'));
	expect(refused).toBeGreaterThanOrEqual(0);
	pageErrors.splice(refused, 1);
});
