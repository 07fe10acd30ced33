import { expect, test } from './fixtures';

/*
 * The Linux and scripting lessons moved from /fundamentals/ into sections of their own, keeping
 * their keys. A learner whose progress was saved before the move must find it on the new pages,
 * and an old bookmark must still lead to the lesson.
 */
const KEY = 'devops-path:devops-path:/:progress';
const AN_HOUR_AGO = Date.now() - 3_600_000;

/** As the site stored it then: progress format 2, migrated on the first visit. */
const savedBeforeTheMove = {
	version: 2,
	lessons: {
		'fundamentals-linux': { status: 'done', startedAt: AN_HOUR_AGO, updatedAt: AN_HOUR_AGO, completedAt: AN_HOUR_AGO },
		'fundamentals-scripting': { status: 'in-progress', startedAt: AN_HOUR_AGO, updatedAt: AN_HOUR_AGO },
	},
	questions: {
		'fundamentals-linux-disk-full-next': {
			attempts: 1,
			firstCorrect: true,
			lastCorrect: true,
			firstAnsweredAt: AN_HOUR_AGO,
			lastAnsweredAt: AN_HOUR_AGO,
		},
	},
	checklist: {},
	review: {},
};

test.beforeEach(async ({ page }) => {
	await page.addInitScript(
		([key, value]) => {
			// Only once per test: later navigations must see what the pages themselves saved.
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key!, value!);
				sessionStorage.setItem('seeded', '1');
			}
		},
		[KEY, JSON.stringify(savedBeforeTheMove)],
	);
});

test('an old address of a moved lesson leads to its new page, where its progress shows', async ({ page }) => {
	await page.goto('/fundamentals/linux/');
	await expect(page).toHaveURL(/\/linux\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linux and the shell');
	await expect(page.locator('[data-lesson-status]').first()).toHaveText('Completed');
	await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.sidebar-content a[href="/linux/"]')).toHaveAttribute('data-progress', 'done');

	await page.goto('/fundamentals/scripting/');
	await expect(page).toHaveURL(/\/scripting\/$/);
	await expect(page.locator('[data-lesson-status]').first()).toHaveText('In progress');
	await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'false');
});

test('the dashboard counts progress saved under the old addresses in the new sections', async ({ page }) => {
	await page.goto('/progress/');
	await expect(page.locator('[data-section="linux"] [data-section-text]')).toHaveText(/^1 of \d+ lessons completed$/);
	await expect(page.locator('[data-section="scripting"] [data-section-text]')).toHaveText(/^0 of \d+ lessons completed$/);
	await expect(page.locator('[data-answered]')).toHaveText(/^You have answered 1 of the course’s \d+ questions\.$/);
});
