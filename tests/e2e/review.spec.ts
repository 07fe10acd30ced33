import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStored, storedOrNull } from '../support/stored-progress';
import { encodeProgress } from '../../src/lib/progress/decode';

const KEY = 'devops-path:devops-path:/:progress';
const T0 = new Date('2026-11-21T09:00:00Z');
const stored = async (page: Page) => readStored(await page.evaluate((key) => localStorage.getItem(key), KEY));

/** Answers the first single-choice question of the Start here quiz wrong. */
async function missAQuestion(page: Page) {
	await page.goto('/start-here/');
	const question = page.locator('.dp-question[data-type="single"]').first();
	const id = (await question.getAttribute('data-question'))!;
	const key = JSON.parse((await page.locator('script[data-answer-key]').textContent())!)[id];
	await question.locator(`input[value]:not([value="${key.correct}"]):not([data-unsure])`).first().check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).toContainText('Not quite.');
	return { id, correct: key.correct as number };
}

test('a missed question is due at once, rescheduled by a review, and due again at the scheduled time', async ({ page }) => {
	await page.clock.install({ time: T0 });
	const { id, correct } = await missAQuestion(page);
	const added = (await stored(page)).review[id];
	expect(added).toMatchObject({ state: 0, reps: 0 });
	expect(added?.due).toBeLessThan(T0.getTime() + 60_000);

	await page.goto('/progress/');
	await expect(page.locator('[data-due-count]')).toHaveText('1 question is due for review.');

	await page.goto('/progress/review/');
	await expect(page.locator('[data-review-summary]')).toHaveText('1 question is due now.');
	const question = page.locator(`.dp-question[data-question="${id}"]`);
	await expect(question).toBeVisible();
	await question.locator(`input[value="${correct}"]`).check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).toContainText('Correct.');
	await expect(question.locator('.dp-feedback')).toContainText(/Next review of this question: in \d+ minutes?\./);
	const card = (await stored(page)).review[id];
	if (!card) throw new Error(`${id} has no review card after its review`);
	expect(card.due).toBeGreaterThan(T0.getTime());
	expect(card.reps).toBe(1);

	await page.reload();
	await expect(page.locator('[data-review-summary]')).toContainText('Nothing is due for review right now. 1 question is in your review queue.');

	await page.clock.setFixedTime(new Date(card.due));
	await page.reload();
	await expect(page.locator('[data-review-summary]')).toHaveText('1 question is due now.');
	await expect(page.locator(`.dp-question[data-question="${id}"]`)).toBeVisible();
});

test('a right answer marked "Not sure" also enters the review queue', async ({ page }) => {
	await page.goto('/start-here/');
	const question = page.locator('.dp-question[data-type="single"]').first();
	const id = (await question.getAttribute('data-question'))!;
	const key = JSON.parse((await page.locator('script[data-answer-key]').textContent())!)[id];
	await question.locator(`input[value="${key.correct}"]`).check();
	await question.getByLabel('Not sure').check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).toContainText('Correct.');
	// The answer is saved just after its feedback frame.
	await expect.poll(async () => storedOrNull(await page.evaluate((key) => localStorage.getItem(key), KEY))?.review[id]).toBeDefined();
});

test('the scorecard moves when questions of a dimension are answered', async ({ page }) => {
	await page.goto('/progress/scorecard/');
	await expect(page.locator('[data-readiness]')).toHaveText('0%');
	const before = await page.locator('[data-row="cicd"] [data-mastery]').textContent();
	expect(before).toBe('0%');
	await page.goto('/lifecycle/build/');
	const key = JSON.parse((await page.locator('script[data-answer-key]').textContent())!);
	for (const question of await page.locator('.dp-question[data-type="single"]').all()) {
		const id = (await question.getAttribute('data-question'))!;
		await question.locator(`input[value="${key[id].correct}"]`).check();
		await question.getByRole('button', { name: 'Check' }).click();
	}
	await page.goto('/progress/scorecard/');
	await expect(page.locator('[data-row="cicd"] [data-mastery]')).not.toHaveText('0%');
	await expect(page.locator('[data-row="cicd"] [data-answered]')).toHaveText(/^[1-9]\d* of \d+$/);
	await expect(page.locator('[data-bar="cicd"] .dp-bar-value')).not.toHaveText('0%');
});

/** Checks every question on the review page, answered from the key each one carries. */
async function checkAllShown(page: Page) {
	for (const question of await page.locator('.dp-review-questions .dp-question').all()) {
		const id = (await question.getAttribute('data-question'))!;
		// Each question sits in a quiz of its own, whose key it is checked against.
		const key = JSON.parse((await question.locator('xpath=ancestor::devops-quiz[1]').locator('script[data-answer-key]').textContent())!)[id];
		if (key.type === 'single') await question.locator(`input[value="${key.correct}"]`).check();
		if (key.type === 'multiple' || key.type === 'spot') for (const value of key.correct) await question.locator(`input[value="${value}"]`).check();
		if (key.type === 'truefalse') await question.getByLabel(key.correct ? 'True' : 'False', { exact: true }).check();
		if (key.type === 'match') for (const select of await question.locator('select').all()) await select.selectOption({ index: 1 });
		if (key.type === 'command') await question.locator('[data-typed]').fill(key.accept[0]);
		if (key.type === 'output') await question.locator('[data-typed]').fill(key.expected);
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.locator('.dp-feedback')).toContainText('Next review of this question');
	}
}

test('the next batch of due questions comes without a reload, then a next step', async ({ page }) => {
	const { id } = await missAQuestion(page);
	// Eleven more questions due, with the same new card the missed one got.
	await page.goto('/progress/review/');
	const pages: Record<string, unknown> = JSON.parse((await page.locator('script[data-question-pages]').textContent())!);
	const progress = await stored(page);
	const more = Object.keys(pages).filter((other) => other !== id).slice(0, 11);
	const missed = progress.review[id];
	if (!missed) throw new Error(`${id} has no review card`);
	for (const other of more) progress.review[other] = missed;
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, encodeProgress(progress)] as const);
	await page.reload();

	const total = more.length + 1;
	await expect(page.locator('[data-review-showing]')).toHaveText(`Showing 10 of ${total}. Check these and the next ones follow.`);
	await expect(page.locator('.dp-review-questions .dp-question')).toHaveCount(10);
	const next = page.getByRole('button', { name: /^Show the next/ });
	await expect(next).toBeHidden();
	await checkAllShown(page);
	await expect(next).toHaveText(total - 10 === 1 ? 'Show the next due question' : `Show the next ${total - 10} due questions`);
	await next.click();
	await expect(page.locator('.dp-review-questions .dp-question')).toHaveCount(total - 10);
	await expect(page.locator('[data-review-next-step]')).toBeHidden();
	await checkAllShown(page);
	await expect(page.locator('[data-review-showing]')).toHaveText('All caught up: every question due now is checked.');
	await expect(page.locator('[data-review-next-step]').getByRole('link', { name: 'My progress' })).toBeVisible();
});

test('with nothing due the review page points to what to do next', async ({ page }) => {
	await page.goto('/progress/review/');
	await expect(page.locator('[data-review-summary]')).toContainText('Nothing is due for review right now.');
	const step = page.locator('[data-review-next-step]');
	await expect(step.getByRole('link', { name: 'My progress' })).toHaveAttribute('href', '/progress/');
	await expect(step.getByRole('link', { name: 'readiness scorecard' })).toHaveAttribute('href', '/progress/scorecard/');
});

test('the scorecard chart keeps its text at 12 px or more on a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 720 });
	await page.goto('/progress/scorecard/');
	const sizes = await page.locator('.dp-bars :is(.dp-bar-label, .dp-bar-value)').evaluateAll((texts) => texts.map((text) => parseFloat(getComputedStyle(text).fontSize)));
	expect(sizes.length).toBeGreaterThan(0);
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('"Study next" lists lessons in learning-path order', async ({ page }) => {
	await page.goto('/progress/scorecard/');
	const pathOrder = await page.locator('#starlight__sidebar a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	const groups = page.locator('[data-study-next] > div');
	await expect(groups.first()).toBeVisible();
	for (const group of await groups.all()) {
		const listed = await group.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const positions = listed.map((href) => pathOrder.indexOf(href));
		expect(positions.every((position) => position >= 0), `${listed.join(', ')} are all in the sidebar`).toBe(true);
		expect(positions, `${listed.join(', ')} in sidebar order`).toEqual([...positions].sort((a, b) => a - b));
	}
});
