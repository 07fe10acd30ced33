import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { exportedProgress, readStored } from '../support/stored-progress';
import { entryOf } from '../../src/lib/progress/records';

/**
 * Faults that used to lose or misreport a learner's work: a full quota across pages, ids named
 * like Object.prototype members, oversized imports, progress from a newer version, repeated
 * corruption, and review cards of questions a team removed.
 */
const KEY = 'devops-path:devops-path:/:progress';
const LESSON = '/lifecycle/plan/';

const storedProgress = async (page: Page) => readStored(await page.evaluate((key) => localStorage.getItem(key), KEY));
const markComplete = (page: Page) => page.getByRole('button', { name: 'Mark as complete' });

function exportFile(progress: object) {
	return JSON.stringify({ format: 'devops-path-progress', siteId: 'devops-path', exportedAt: 1, progress });
}

async function importFile(page: Page, path: string) {
	await page.getByRole('button', { name: 'Import progress' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Progress file (.json)').setInputFiles(path);
	await dialog.getByRole('button', { name: 'Import' }).click();
	return dialog;
}

test('with storage full, a completion and an answer survive the way to My progress and are in its export', async ({ page }) => {
	test.slow();
	await page.goto(LESSON);
	await markComplete(page).click();
	await expect.poll(() => storedProgress(page)).not.toBeNull();
	// From now on localStorage refuses every write, on every page; sessionStorage still works.
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (this === window.localStorage) throw new DOMException('Quota exceeded', 'QuotaExceededError');
			return setItem.call(this, key, value);
		};
	});
	await page.goto('/lifecycle/build/');
	await markComplete(page).click();
	await expect(page.getByText('This tab keeps it and saves it as soon as there is room')).toBeVisible();
	await page.goto('/start-here/');
	const question = page.locator('.dp-question').first();
	await question.locator('input').first().check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).not.toBeEmpty();
	const answered = await question.getAttribute('data-question');

	await page.goto('/progress/');
	await expect(page.locator('[data-overall-text]')).toHaveText(/^2 of \d+ lessons completed$/);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const exported = { progress: exportedProgress(readFileSync(await (await downloading).path(), 'utf8')) };
	expect(exported.progress.lessons['lifecycle-plan']?.status).toBe('done');
	expect(exported.progress.lessons['lifecycle-build']?.status).toBe('done');
	expect(exported.progress.questions[answered!]?.attempts).toBe(1);
	// Nothing reached localStorage, and the earlier save is intact.
	const stored = await storedProgress(page);
	expect(stored.lessons['lifecycle-build']).toBeUndefined();
	expect(stored.lessons['lifecycle-plan']?.status).toBe('done');
});

test('changes kept while storage was full are saved by the first page that finds room', async ({ page }) => {
	await page.goto(LESSON);
	await page.evaluate(() => {
		const setItem = Storage.prototype.setItem;
		(window as unknown as { restore: () => void }).restore = () => (Storage.prototype.setItem = setItem);
		Storage.prototype.setItem = function (key: string, value: string) {
			if (this === window.localStorage) throw new DOMException('Quota exceeded', 'QuotaExceededError');
			return setItem.call(this, key, value);
		};
	});
	await markComplete(page).click();
	await expect(page.getByText('This tab keeps it')).toBeVisible();
	await page.goto('/lifecycle/build/');
	expect((await storedProgress(page)).lessons['lifecycle-plan']?.status).toBe('done');
	await expect(page.getByText('This tab keeps it')).toBeHidden();
	expect(await page.evaluate((key) => sessionStorage.getItem(`${key}:unsaved`), KEY)).toBeNull();
});

test('an import holding the ids "constructor" keeps every entry, also after a reload', async ({ page }, testInfo) => {
	const path = testInfo.outputPath('constructor.json');
	writeFileSync(
		path,
		exportFile({
			version: 2,
			lessons: {
				constructor: { status: 'done', startedAt: 1, updatedAt: 2 },
				'lifecycle-plan': { status: 'done', startedAt: 1, updatedAt: 2 },
			},
			questions: { constructor: { attempts: 1, firstCorrect: true, lastCorrect: true, firstAnsweredAt: 1, lastAnsweredAt: 1 } },
			checklist: {},
			review: {},
		}),
	);
	await page.goto('/progress/');
	await importFile(page, path);
	await expect(page.locator('[data-manage-status]')).toHaveText('Imported: 2 lessons and 1 answered question.');
	await page.reload();
	await expect(page.locator('[data-overall-text]')).toHaveText(/^1 of \d+ lessons completed$/);
	await expect(page.locator('[data-notice="corrupt"]')).toBeHidden();
	const stored = await storedProgress(page);
	expect(entryOf(stored.questions, 'constructor')).toEqual({
		attempts: 1,
		firstCorrect: true,
		lastCorrect: true,
		firstAnsweredAt: 1,
		lastAnsweredAt: 1,
	});
	expect(entryOf(stored.lessons, 'constructor')?.status).toBe('done');
});

test('a 20 MB export is refused before it is read, naming the limit, and nothing changes', async ({ page }, testInfo) => {
	test.slow();
	const path = testInfo.outputPath('huge.json');
	const lessons = Object.fromEntries(
		Array.from({ length: 350_000 }, (_, i) => [`lesson-${i}`, { status: 'done', startedAt: 1, updatedAt: 2 }]),
	);
	writeFileSync(path, exportFile({ version: 2, lessons, questions: {}, checklist: {}, review: {} }));
	await page.goto(LESSON);
	await markComplete(page).click();
	await page.goto('/progress/');
	const before = await storedProgress(page);
	const dialog = await importFile(page, path);
	await expect(dialog.getByRole('alert')).toContainText(/This file is 2\d\.\d MB; the largest progress file this site can import is 4 MB/);
	expect(await storedProgress(page)).toEqual(before);
});

test.describe('with progress from a newer version stored', () => {
	const newer = JSON.stringify({ version: 99, lessons: { x: 1 } });
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer]);
	});

	test('import says it cannot change it, offers the stored data, and a reload shows nothing imported', async ({ page }, testInfo) => {
		const path = testInfo.outputPath('one-lesson.json');
		writeFileSync(
			path,
			exportFile({
				version: 2,
				lessons: { 'lifecycle-plan': { status: 'done', startedAt: 1, updatedAt: 2 } },
				questions: {},
				checklist: {},
				review: {},
			}),
		);
		await page.goto('/progress/');
		await importFile(page, path);
		await expect(page.locator('[data-manage-status]')).toHaveText(
			/^Nothing was imported: this browser holds progress saved by a newer version/,
		);
		await expect(page.locator('[data-overall-text]')).toHaveText(/^0 of/);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the stored progress' }).click();
		expect(readFileSync(await (await downloading).path(), 'utf8')).toBe(newer);
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
		expect(await axeViolations(page, '.dp-manage')).toEqual([]);
	});

	test('reset says it cannot change it instead of reporting success', async ({ page }) => {
		await page.goto('/progress/');
		await page.getByRole('button', { name: 'Reset everything' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
		await expect(page.locator('[data-manage-status]')).toHaveText(
			/^Nothing was reset: this browser holds progress saved by a newer version/,
		);
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
	});
});

test('unreadable progress met twice is backed up once and stays downloadable from My progress', async ({ page }) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem(key, '{"version":2,"lessons":');
			sessionStorage.setItem('seeded', 'yes');
		}
	}, KEY);
	await page.goto(LESSON);
	await expect(page.getByText('could not be read, so progress starts fresh')).toBeVisible();
	// The same damage again, seen by another page.
	await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"lessons":'), KEY);
	await page.goto('/lifecycle/build/');
	await page.goto('/progress/');
	const list = page.locator('[data-backup-list] li');
	await expect(list).toHaveCount(1);
	const downloading = page.waitForEvent('download');
	await list.getByRole('button', { name: /^Download: Copy kept on / }).click();
	expect(readFileSync(await (await downloading).path(), 'utf8')).toBe('{"version":2,"lessons":');
	expect(await axeViolations(page, '.dp-manage')).toEqual([]);
});

test('the Review page skips a question removed from the course and keeps its history', async ({ page }) => {
	const card = { due: 1, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, addedAt: 1 };
	const seeded = {
		version: 2,
		lessons: {},
		questions: { 'retired-question': { attempts: 2, firstCorrect: false, lastCorrect: false, firstAnsweredAt: 1, lastAnsweredAt: 2 } },
		checklist: {},
		review: { 'retired-question': card },
	};
	await page.addInitScript(
		([key, value]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key!, value!);
				sessionStorage.setItem('seeded', 'yes');
			}
		},
		[KEY, JSON.stringify(seeded)],
	);
	await page.goto('/progress/review/');
	await expect(page.locator('[data-review-summary]')).toContainText('Nothing is due');
	await page.reload();
	const stored = await storedProgress(page);
	expect(stored.review['retired-question']).toEqual(card);
	expect(stored.questions['retired-question']?.attempts).toBe(2);
});
