import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStored, storedOrNull } from '../support/stored-progress';
import { encodeProgress } from '../../src/lib/progress/decode';
import { reschedule } from '../../src/lib/review/scheduler';

const KEY = 'devops-path:devops-path:/:progress';
const T0 = new Date('2026-11-21T09:00:00Z');
const stored = async (page: Page) => readStored(await page.evaluate((key) => localStorage.getItem(key), KEY));
/** Stored progress once it holds the review card of `id`: answers are saved just after their feedback frame. */
async function storedWithCard(page: Page, id: string) {
	await expect.poll(async () => storedOrNull(await page.evaluate((key) => localStorage.getItem(key), KEY))?.review[id]).toBeDefined();
	return stored(page);
}

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
	// Drawn as its lesson draws it, under a link to that lesson.
	await expect(page.locator('.dp-review-source')).toHaveText('From Start here');
	await expect(page.locator('.dp-review-source a')).toHaveAttribute('href', '/start-here/');
	await expect(question.locator('.dp-number')).toHaveText('Question 1 of 1');
	await question.locator(`input[value="${correct}"]`).check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).toContainText('Correct.');
	await expect(question.locator('.dp-feedback')).toContainText(/Next review of this question: in \d+ minutes?\./);
	const card = (await stored(page)).review[id];
	if (!card) throw new Error(`${id} has no review card after its review`);
	expect(card.due).toBeGreaterThan(T0.getTime());
	expect(card.reps).toBe(1);

	await page.reload();
	await expect(page.locator('[data-review-summary]')).toContainText(
		'Nothing is due for review right now. 1 question is in your review queue.',
	);

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
		const key = JSON.parse((await question.locator('xpath=ancestor::dp-quiz[1]').locator('script[data-answer-key]').textContent())!)[id];
		if (key.type === 'single') await question.locator(`input[value="${key.correct}"]`).check();
		if (key.type === 'multiple' || key.type === 'spot')
			for (const value of key.correct) await question.locator(`input[value="${value}"]`).check();
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
	const banks: Record<string, string> = JSON.parse((await page.locator('script[data-question-banks]').textContent())!);
	const progress = await stored(page);
	// From as many banks as there are, so several bank files load.
	const firstOfEachBank = [...new Map(Object.entries(banks).map(([question, bank]) => [bank, question])).values()];
	const more = [...new Set([...firstOfEachBank, ...Object.keys(banks)])].filter((other) => other !== id).slice(0, 11);
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

test('the first answer on the Review page and its new schedule are saved in one write', async ({ page }) => {
	const { id, correct } = await missAQuestion(page);
	const before = await storedWithCard(page, id);
	await page.addInitScript((key) => {
		const writes = { count: 0 };
		Object.assign(window, { progressWrites: writes });
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (name: string, value: string) {
			if (this === window.localStorage && name === key) writes.count++;
			return setItem.call(this, name, value);
		};
	}, KEY);
	await page.goto('/progress/review/');
	const question = page.locator(`.dp-question[data-question="${id}"]`);
	await question.locator(`input[value="${correct}"]`).check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).toContainText('Next review of this question');
	await expect
		.poll(async () => {
			const now = await stored(page);
			return [now.questions[id]?.attempts, now.review[id]?.reps];
		})
		.toEqual([before.questions[id]!.attempts + 1, 1]);
	// Past the frame after which answers are saved on other pages, so a second write would be counted.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))));
	expect(await page.evaluate(() => (window as unknown as { progressWrites: { count: number } }).progressWrites.count)).toBe(1);
});

test('two tabs review the same due question: the second reschedules the card as the first stored it', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	for (const page of [a, b]) await page.clock.setFixedTime(T0);
	const { id, correct } = await missAQuestion(a);
	const added = (await storedWithCard(a, id)).review[id]!;
	// Tab A does not hear of B's write before it answers (a background tab hears late, or both answer
	// within moments): only a reschedule that reads the stored card inside the store's update sees it.
	await a.addInitScript(() => addEventListener('storage', (event) => event.stopImmediatePropagation(), { capture: true }));
	for (const page of [a, b]) {
		await page.goto('/progress/review/');
		await expect(page.locator(`.dp-question[data-question="${id}"]`)).toBeVisible();
	}
	const answer = async (page: Page) => {
		const question = page.locator(`.dp-question[data-question="${id}"]`);
		await question.locator(`input[value="${correct}"]`).check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect(question.locator('.dp-feedback')).toContainText('Next review of this question');
	};
	const afterB = reschedule(added, { correct: true }, T0.getTime());
	await answer(b);
	await expect.poll(async () => (await stored(b)).review[id]).toEqual(afterB);
	// Tab A still shows the question, and its store still holds the card as it was when the page opened.
	await answer(a);
	const afterBoth = reschedule(afterB, { correct: true }, T0.getTime());
	expect(afterBoth.reps).toBe(2);
	await expect.poll(async () => (await stored(a)).review[id]).toEqual(afterBoth);
	expect((await stored(a)).questions[id]!.attempts).toBe(3);
});

test('a question whose bank file does not load says so, and shows once it loads', async ({ page, pageErrors }) => {
	const { id } = await missAQuestion(page);
	await page.route('**/quiz-banks/start-here.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
	await page.goto('/progress/review/');
	const failed = page.locator('.dp-review-questions > li');
	await expect(failed).toHaveText('This question could not be loaded. Check your connection and reload the page.');
	await expect(page.locator(`.dp-question[data-question="${id}"]`)).toHaveCount(0);
	const refused = pageErrors.findIndex((error) => error.includes('404'));
	expect(refused).toBeGreaterThanOrEqual(0);
	pageErrors.splice(refused, 1);
	await page.unroute('**/quiz-banks/start-here.json');
	await page.reload();
	await expect(page.locator(`.dp-question[data-question="${id}"]`)).toBeVisible();
});

test('in Spanish, a due question is drawn in Spanish, its lesson linked in Spanish and its title marked English', async ({ page }) => {
	const { id, correct } = await missAQuestion(page);
	await page.goto('/es/progress/review/');
	const question = page.locator(`.dp-question[data-question="${id}"]`);
	await expect(question.getByRole('button', { name: 'Comprobar' })).toBeVisible();
	await expect(question.locator('.dp-number')).toHaveText('Pregunta 1 de 1');
	const lesson = page.locator('.dp-review-source a');
	await expect(lesson).toHaveAttribute('href', '/es/start-here/');
	await expect(lesson).toHaveAttribute('lang', 'en');
	await question.locator(`input[value="${correct}"]`).check();
	await question.getByRole('button', { name: 'Comprobar' }).click();
	await expect(question.locator('.dp-feedback')).toContainText('Próximo repaso de esta pregunta');
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
	const sizes = await page
		.locator('.dp-bars :is(.dp-bar-label, .dp-bar-value)')
		.evaluateAll((texts) => texts.map((text) => parseFloat(getComputedStyle(text).fontSize)));
	expect(sizes.length).toBeGreaterThan(0);
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('"Study next" lists lessons in learning-path order', async ({ page }) => {
	await page.goto('/progress/scorecard/');
	const pathOrder = await page
		.locator('#starlight__sidebar a[href]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	const groups = page.locator('[data-study-next] > div');
	await expect(groups.first()).toBeVisible();
	for (const group of await groups.all()) {
		const listed = await group.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const positions = listed.map((href) => pathOrder.indexOf(href));
		expect(
			positions.every((position) => position >= 0),
			`${listed.join(', ')} are all in the sidebar`,
		).toBe(true);
		expect(positions, `${listed.join(', ')} in sidebar order`).toEqual([...positions].sort((a, b) => a - b));
	}
});
