import { expect, test } from './fixtures';

const KEY = 'devops-path:devops-path:/:progress';
const HOUR = 3_600_000;

/** Progress as a learner saved it while these lessons still lived under /fundamentals/: format 2, migrated on the first visit. */
function progressBeforeTheMove(now: number) {
	return {
		version: 2,
		lessons: {
			'fundamentals-containers-kubernetes': { status: 'done', startedAt: now - 2 * HOUR, updatedAt: now - HOUR, completedAt: now - HOUR },
			'fundamentals-infrastructure-as-code': { status: 'in-progress', startedAt: now - HOUR, updatedAt: now - HOUR },
		},
		questions: {
			'fundamentals-containers-kubernetes-retag': {
				attempts: 1,
				firstCorrect: true,
				lastCorrect: true,
				firstAnsweredAt: now - HOUR,
				lastAnsweredAt: now - HOUR,
			},
		},
		checklist: {},
		review: {},
	};
}

test.beforeEach(async ({ page }) => {
	const saved = JSON.stringify(progressBeforeTheMove(Date.now()));
	await page.addInitScript(
		([key, value]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key!, value!);
				sessionStorage.setItem('seeded', 'yes');
			}
		},
		[KEY, saved],
	);
});

for (const [from, to, status] of [
	['/fundamentals/containers-kubernetes/', '/containers/images-and-dockerfiles/', 'Completed'],
	['/fundamentals/infrastructure-as-code/', '/terraform/workflow/', 'In progress'],
] as const) {
	test(`${from} leads to ${to}, which shows the progress saved before the move`, async ({ page }) => {
		await page.goto(from);
		await expect(page).toHaveURL(to);
		// The status is server-rendered as "Not started" and updated once the progress script has run.
		await expect(page.locator('html')).toHaveAttribute('data-progress-ready', '', { timeout: 20_000 });
		await expect(page.locator('[data-lesson-status]')).toHaveText(status);
		await expect(page.locator(`.sidebar-content a[href="${to}"]`)).toHaveAttribute(
			'data-progress',
			status === 'Completed' ? 'done' : 'in-progress',
		);
	});
}

test('the dashboard counts the moved lessons and their answers in their new sections', async ({ page }) => {
	await page.goto('/progress/');
	await expect(page.locator('[data-section="containers"] [data-section-text]')).toHaveText(/^1 of \d+ lessons completed$/);
	await expect(page.locator('[data-section="terraform"] [data-section-text]')).toHaveText(/^0 of \d+ lessons completed$/);
	await expect(page.locator('[data-answered]')).toHaveText(/^You have answered 1 of the course’s \d+ questions\.$/);
});
