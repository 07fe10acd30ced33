import { axeViolations, expect, test } from './fixtures';

/**
 * The My progress page reads the course from one shared file, /course-outline.json, rather than
 * from its own HTML: the page stays small in a course of a thousand lessons.
 */
test('the dashboard fetches the course outline and question list once per visit and draws from them', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path === '/course-outline.json' || path === '/course-questions.json') fetched.push(path);
	});
	await page.goto('/lifecycle/plan/');
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await page.goto('/progress/');
	await expect(page.locator('[data-overall-text]')).toHaveText(/^1 of \d+ lessons completed$/);
	await expect(page.locator('[data-section="lifecycle"] [data-section-text]')).toHaveText(/^1 of \d+ lessons completed$/);
	// The next lesson comes from the outline, linked in the page's language.
	await expect(page.locator('[data-next] a')).toHaveAttribute('href', /^\/[a-z0-9/-]+\/$/);
	// The skill levels link the questions to practise next from the question list.
	await expect(page.locator('[data-mastery-skill="cicd"] [data-mastery-next] a').first()).toHaveAttribute(
		'href',
		/^\/[a-z0-9/-]+\/#quiz-[a-z0-9-]+$/,
	);
	expect(await page.locator('script[data-outline], script[data-mastery-input]').count()).toBe(0);
	expect(fetched.sort()).toEqual(['/course-outline.json', '/course-questions.json']);
});

test('a Spanish dashboard links the next lesson and the questions to practise to Spanish pages', async ({ page }) => {
	await page.goto('/es/progress/');
	await expect(page.locator('[data-next] a')).toHaveAttribute('href', /^\/es\/[a-z0-9/-]+\/$/);
	await expect(page.locator('[data-mastery-skill="cicd"] [data-mastery-next] a').first()).toHaveAttribute(
		'href',
		/^\/es\/[a-z0-9/-]+\/#quiz-/,
	);
});

test('when the question list cannot load, the skill levels say so and the rest of the page works', async ({ page, pageErrors }) => {
	await page.route('**/course-questions.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
	await page.goto('/progress/');
	await expect(page.locator('[data-mastery-error]')).toHaveText(/course-questions\.json.*HTTP 404.*Your progress is safe/);
	await expect(page.locator('[data-overall-text]')).toHaveText(/^0 of \d+ lessons completed$/);
	const refused = pageErrors.findIndex((error) => error.includes('404'));
	expect(refused).toBeGreaterThanOrEqual(0);
	pageErrors.splice(refused, 1);
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
