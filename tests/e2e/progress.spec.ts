import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { exportedProgress, readStored, storedOrNull } from '../support/stored-progress';
import { PROGRESS_VERSION } from '../../src/schemas/progress-format';

const KEY = 'devops-path:devops-path:/:progress';
const LESSON = '/lifecycle/plan/';
const QUIZ_LESSON = '/start-here/';

const markComplete = (page: Page) => page.getByRole('button', { name: 'Mark as complete' });
const storedProgress = async (page: Page) => readStored(await page.evaluate((key) => localStorage.getItem(key), KEY));

async function answerFirstQuestion(page: Page) {
	const question = page.locator('.dp-question').first();
	const first = question.locator('input').first();
	await first.check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).not.toBeEmpty();
}

test('completing a lesson and answering a question show on the dashboard after a reload', async ({ page }) => {
	await page.goto(LESSON);
	await expect(page.locator('[data-lesson-status]')).toHaveText('Not started');
	await markComplete(page).click();
	await expect(markComplete(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-lesson-status]')).toHaveText('Completed');
	await expect(page.locator('.sidebar-content a[href="/lifecycle/plan/"]')).toHaveAttribute('data-progress', 'done');
	await page.goto(QUIZ_LESSON);
	await answerFirstQuestion(page);
	await page.reload();
	await page.goto('/progress/');
	await expect(page.locator('[data-overall-text]')).toHaveText(/^1 of \d+ lessons completed$/);
	await expect(page.locator('[data-answered]')).toHaveText(/^You have answered 1 of the course’s \d+ questions\.$/);
	await expect(page.locator('[data-accuracy]')).toHaveText(/^(0|100)% right the first time: [01] of the 1 question you answered\.$/);
	await expect(page.locator('[data-section="lifecycle"] [data-section-text]')).toHaveText(/^1 of \d+ lessons completed$/);
	await expect(page.locator('a[data-phase="plan"] [data-percent-for]')).toHaveText('50%');
	const lifecycleGroup = page.locator('.sidebar-content details', { has: page.locator('a[href="/lifecycle/plan/"]') });
	await expect(lifecycleGroup.locator('.dp-section-count')).toHaveText(/^1\/\d+$/);
});

test('a lesson is in progress only once the learner answers a question in it, not when opened', async ({ page }) => {
	await page.goto(QUIZ_LESSON);
	const status = page.locator('[data-lesson-status]');
	await expect(status).toHaveText('Not started');
	await page.reload();
	await expect(status).toHaveText('Not started');
	expect(storedOrNull(await page.evaluate((key) => localStorage.getItem(key), KEY))?.lessons['start-here'] ?? null).toBeNull();
	await expect(page.locator('.sidebar-content a[href="/start-here/"]')).not.toHaveAttribute('data-progress');
	await answerFirstQuestion(page);
	await expect(status).toHaveText('In progress');
	await expect(page.locator('.sidebar-content a[href="/start-here/"]')).toHaveAttribute('data-progress', 'in-progress');
});

test('ticking a milestone item also starts its lesson', async ({ page }) => {
	await page.goto('/growth/30-days/');
	await expect(page.locator('[data-lesson-status]')).toHaveText('Not started');
	await page.locator('[data-milestone] input').first().check();
	await expect(page.locator('[data-lesson-status]')).toHaveText('In progress');
});

test('numbers and dates follow the page’s language', async ({ page }) => {
	// The same built pages, served as if the site were German: only the lang attribute changes.
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		await route.fulfill({ response, body: (await response.text()).replace('<html lang="en"', '<html lang="de"') });
	});
	await page.clock.install({ time: new Date('2026-12-01T12:00:00Z') });
	await page.goto(LESSON);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await markComplete(page).click();
	await expect(page.locator('[data-completed-note]')).toHaveText('Completed on 1. Dezember 2026.');
	await page.goto('/progress/');
	await expect(page.locator('[data-overall-percent]')).toHaveText(/^\d+\s%$/u);
});

test('un-marking a lesson keeps it in progress', async ({ page }) => {
	await page.goto(LESSON);
	await markComplete(page).click();
	await markComplete(page).click();
	await expect(markComplete(page)).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('[data-lesson-status]')).toHaveText('In progress');
});

test('two pages in one browser stay consistent and lose no update', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto(LESSON);
	await b.goto('/lifecycle/build/');
	await markComplete(a).click();
	await expect(b.locator('.sidebar-content a[href="/lifecycle/plan/"]')).toHaveAttribute('data-progress', 'done');
	await markComplete(b).click();
	await expect(a.locator('.sidebar-content a[href="/lifecycle/build/"]')).toHaveAttribute('data-progress', 'done');
	const saved = await storedProgress(a);
	expect(saved.lessons['lifecycle-plan']?.status).toBe('done');
	expect(saved.lessons['lifecycle-build']?.status).toBe('done');
});

test('a milestone checklist item is remembered', async ({ page }) => {
	await page.goto('/growth/30-days/');
	const box = page.locator('[data-milestone] input').first();
	await box.check();
	await page.reload();
	await expect(page.locator('[data-milestone] input').first()).toBeChecked();
});

const PAGE_TYPES = ['/', LESSON, '/progress/', '/growth/30-days/'];

test.describe('with storage blocked', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
	});
	for (const path of PAGE_TYPES) {
		test(`${path} works with 0 uncaught errors and says progress can't be saved`, async ({ page }) => {
			await page.goto(path);
			if (path !== '/') await expect(page.getByText('Progress can’t be saved in this browser')).toBeVisible();
		});
	}
	test("/contribute/question-types/ says progress can't be saved once an answer would be recorded", async ({ page }) => {
		await page.goto('/contribute/question-types/');
		// Nothing on the page reads progress until a question is checked.
		await expect(page.getByText('Progress can’t be saved in this browser')).toBeHidden();
		const question = page.locator('.dp-question[data-type="single"]').first();
		await question.locator('input[type="radio"]').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.locator('.dp-feedback')).not.toBeEmpty();
		await expect(page.getByText('Progress can’t be saved in this browser')).toBeVisible();
	});
	test('/contribute/, which neither shows nor records progress, works with 0 uncaught errors and no notice', async ({ page }) => {
		await page.goto('/contribute/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByText('Progress can’t be saved in this browser')).toBeHidden();
	});
	test('progress still works in memory on the page', async ({ page }) => {
		await page.goto(LESSON);
		await markComplete(page).click();
		await expect(page.locator('[data-lesson-status]')).toHaveText('Completed');
	});
	test('the theme can still be changed', async ({ page }) => {
		await page.goto(LESSON);
		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	});
});

test('a full quota shows a notice and keeps what was saved', async ({ page }) => {
	await page.goto(LESSON);
	await markComplete(page).click();
	await page.goto('/lifecycle/build/');
	const before = await storedProgress(page);
	await page.evaluate(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		};
	});
	await markComplete(page).click();
	// sessionStorage refuses too, so the notice says the change lasts only while the page is open.
	await expect(page.locator('[data-notice="quota-not-kept"]')).toBeVisible();
	await expect(page.locator('[data-lesson-status]')).toHaveText('Completed');
	expect(await storedProgress(page)).toEqual(before);
});

test('corrupt saved progress is backed up, offered for download, and the site starts clean', async ({ page }) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem(key, '{"version":1,"lessons":');
			sessionStorage.setItem('seeded', 'yes');
		}
	}, KEY);
	await page.goto(LESSON);
	await expect(page.getByText('could not be read, so progress starts fresh')).toBeVisible();
	expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY)).toBe('{"version":1,"lessons":');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the unreadable data' }).click();
	expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"version":1,"lessons":');
	await markComplete(page).click();
	expect((await storedProgress(page)).lessons['lifecycle-plan']?.status).toBe('done');
});

test('progress saved by a newer version is left untouched', async ({ page }) => {
	const newer = JSON.stringify({ version: 99, lessons: { x: 1 } });
	await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer]);
	await page.goto(LESSON);
	await expect(page.getByText('saved by a newer version of this site')).toBeVisible();
	await markComplete(page).click();
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
});

test('export, reset everything, import: the same progress comes back', async ({ page }) => {
	await page.goto(LESSON);
	await markComplete(page).click();
	await page.goto(QUIZ_LESSON);
	await answerFirstQuestion(page);
	await page.goto('/growth/30-days/');
	await page.locator('[data-milestone] input').first().check();
	await page.goto('/progress/');
	const before = await storedProgress(page);
	const overall = await page.locator('[data-overall-text]').textContent();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^devops-path-progress-\d{4}-\d{2}-\d{2}\.json$/);
	const file = await download.path();
	const text = readFileSync(file, 'utf8');
	expect(JSON.parse(text)).toMatchObject({
		format: 'devops-path-progress',
		siteId: 'devops-path',
		progress: { version: PROGRESS_VERSION },
	});
	expect(exportedProgress(text)).toEqual(before);

	await page.getByRole('button', { name: 'Reset everything' }).click();
	const confirm = page.getByRole('dialog');
	await expect(confirm).toContainText('Reset all your progress?');
	await confirm.getByRole('button', { name: 'Reset' }).click();
	await expect(page.locator('[data-overall-text]')).toHaveText(/^0 of/);

	await page.getByRole('button', { name: 'Import progress' }).click();
	const dialog = page.getByRole('dialog');
	expect(await axeViolations(page)).toEqual([]);
	await dialog.getByLabel('Progress file (.json)').setInputFiles(file);
	await dialog.getByRole('button', { name: 'Import' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.locator('[data-manage-status]')).toHaveText(/^Imported: \d+ lessons and 1 answered question\.$/);
	await expect(page.locator('[data-overall-text]')).toHaveText(overall!);
	const after = await storedProgress(page);
	// `rev` counts writes to this browser's storage (the reset and the import are two more); the learner's data is identical.
	expect(after.rev).toBeGreaterThan(before.rev ?? 0);
	expect({ ...after, rev: 0 }).toEqual({ ...before, rev: 0 });
});

test('an invalid import file changes nothing and says what is wrong', async ({ page }) => {
	await page.goto(LESSON);
	await markComplete(page).click();
	await page.goto('/progress/');
	const before = await storedProgress(page);
	await page.getByRole('button', { name: 'Import progress' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Progress file (.json)').setInputFiles('tests/fixtures/progress/malformed/unknown-lesson-status.json');
	await dialog.getByRole('button', { name: 'Import' }).click();
	await expect(dialog.getByRole('alert')).toContainText('lessons.a.status: expected one of "in-progress", "done", found "finished"');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	expect(await storedProgress(page)).toEqual(before);
});

test('resetting one section keeps the others', async ({ page }) => {
	await page.goto(LESSON);
	await markComplete(page).click();
	await page.goto(QUIZ_LESSON);
	await markComplete(page).click();
	await page.goto('/progress/');
	await page.getByLabel('Reset a section').selectOption({ label: 'Lifecycle' });
	await page.getByRole('button', { name: 'Reset section' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
	await expect(page.locator('[data-manage-status]')).toHaveText('Progress in “Lifecycle” was reset.');
	const saved = await storedProgress(page);
	expect(saved.lessons['lifecycle-plan']).toBeUndefined();
	expect(saved.lessons['start-here']?.status).toBe('done');
});

test('the dashboard with progress has no axe violations', async ({ page }) => {
	await page.goto(LESSON);
	await markComplete(page).click();
	await page.goto('/progress/');
	expect(await axeViolations(page)).toEqual([]);
});
