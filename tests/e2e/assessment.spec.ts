import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, openInTheme, tabTo, test } from './fixtures';
import { chooseRadio, press } from './quiz-helpers';
import { readStored } from '../support/stored-progress';

/** Answers the first single-choice question of the Start here quiz wrong, as a learner would. */
async function missFirstQuestion(page: Page) {
	await page.goto('/start-here/');
	const question = page.locator('.dp-question[data-type="single"]').first();
	const id = (await question.getAttribute('data-question'))!;
	const key = JSON.parse((await page.locator('script[data-answer-key]').textContent())!)[id];
	await question.locator(`input[value]:not([value="${key.correct}"]):not([data-unsure])`).first().check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).toContainText('Not quite.');
}

const levels = (page: Page) => page.locator('dp-skill-mastery');
const row = (page: Page, skill: string) => levels(page).getByRole('row', { name: new RegExp(`^${skill}`) });

test('skill levels start at "Not started" and a miss makes the skill "Attempted", with the missed question first to practise', async ({
	page,
}) => {
	await page.goto('/progress/');
	await expect(row(page, 'Communication').getByRole('cell').first()).toHaveText('Not started');
	await missFirstQuestion(page);
	for (const path of ['/progress/', '/progress/scorecard/']) {
		await page.goto(path);
		const communication = row(page, 'Communication');
		await expect(communication.getByRole('cell').first()).toHaveText('Attempted');
		const first = communication.getByRole('link').first();
		await expect(first).toHaveText('Start here, question 1');
		await expect(first).toHaveAttribute('href', '/start-here/#quiz-start-here');
		// Skills with no answers suggest new questions to begin with.
		await expect(row(page, 'Git and collaboration').getByRole('cell').first()).toHaveText('Not started');
		await expect(row(page, 'Git and collaboration').getByRole('link')).toHaveCount(3);
	}
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe: skill levels on the scorecard with an answer, ${theme} theme`, async ({ page }) => {
		test.slow();
		await missFirstQuestion(page);
		await openInTheme(page, '/progress/scorecard/', theme);
		await expect(row(page, 'Communication').getByRole('cell').first()).toHaveText('Attempted');
		expect(await axeViolations(page, 'dp-skill-mastery')).toEqual([]);
	});
}

const exam = (page: Page) => page.locator('dp-practice-exam');

/**
 * Tabs forward to a control far down the page: ten presses at a time (checking focus after every
 * press is slow across 40 questions), then back with Shift+Tab if it went past.
 */
async function tabFarTo(page: Page, target: Locator) {
	for (let round = 0; round < 100; round++) {
		const where = await target.evaluate((el) => {
			if (el === document.activeElement) return 'here';
			const focus = document.activeElement;
			const last = document.querySelector('[data-tab-far-last]');
			last?.removeAttribute('data-tab-far-last');
			focus?.setAttribute('data-tab-far-last', '');
			// Focus that went back up the page wrapped round its end: the target, near the end, was passed.
			if (last && focus && (focus === document.body || last.compareDocumentPosition(focus) & Node.DOCUMENT_POSITION_PRECEDING))
				return 'past';
			return focus && el.compareDocumentPosition(focus) & Node.DOCUMENT_POSITION_FOLLOWING ? 'past' : 'before';
		});
		if (where === 'here') return;
		if (where === 'past') return tabTo(page, target, 20, 'Shift+Tab');
		for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} by keyboard`);
}
const paperQuestions = (page: Page) => exam(page).locator('[data-exam] .dp-question');

const paperIds = (page: Page) => paperQuestions(page).evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.question!));

/** Starts an exam with the keyboard and waits for its 40 questions, a new paper when one is showing; returns their ids. */
async function startExam(page: Page) {
	const previous = (await paperIds(page)).join();
	// A press before the exam's script has run would be lost on a slow machine.
	await page.evaluate(async () => {
		await customElements.whenDefined('dp-practice-exam');
	});
	await press(page, exam(page).getByRole('button', { name: /Start a/ }));
	await expect
		.poll(
			async () => {
				const ids = await paperIds(page);
				return ids.length === 40 && ids.join() !== previous;
			},
			{ timeout: 60_000, message: 'a new paper of 40 questions' },
		)
		.toBe(true);
	return paperIds(page);
}

test('keyboard only: a practice exam of 40 mixed questions, marked only at the end, with a result by skill', async ({ page }) => {
	test.setTimeout(600_000);
	await page.goto('/progress/exam/');
	const ids = await startExam(page);
	await expect(exam(page).getByRole('heading', { name: 'Your exam' })).toBeFocused();
	const types = await paperQuestions(page).evaluateAll((items) => new Set(items.map((item) => (item as HTMLElement).dataset.type)).size);
	expect(types).toBeGreaterThanOrEqual(5);
	// No way to check an answer before the end.
	await expect(exam(page).getByRole('button', { name: 'Check' })).toHaveCount(0);

	const key = JSON.parse((await exam(page).locator('script[data-answer-key]').textContent())!);
	const single = exam(page).locator('[data-exam] .dp-question[data-type="single"]').first();
	const singleId = (await single.getAttribute('data-question'))!;
	await chooseRadio(page, single, single.locator(`input[value="${key[singleId].correct}"]`));
	await expect(single.locator('.dp-feedback')).toBeEmpty();

	await tabFarTo(page, exam(page).getByRole('button', { name: 'Finish and mark the exam' }));
	await page.keyboard.press('Enter');
	const result = exam(page).getByRole('heading', { name: 'Your result' });
	await expect(result).toBeFocused();
	await expect(exam(page).locator('[data-exam-score]')).toHaveText(/^1 of 40 right \(3%\)\. \d+ left unanswered, counted as wrong\.$/);
	await expect(single.locator('.dp-feedback')).toContainText('Correct');
	const table = exam(page).getByRole('table', { name: 'Result by skill' });
	await expect(table.getByRole('cell', { name: /^1 \/ \d+$/ })).toHaveCount(1);
	// A lesson page: a section's own lesson (/linux/) or one inside it (/linux/processes/), maybe at a part of it.
	await expect(table.getByRole('link').first()).toHaveAttribute('href', /^(\/[a-z0-9-]+)+\/(#[a-z0-9-]+)?$/);

	// The attempt is kept in the learner's progress and listed, after a reload too.
	const history = exam(page).getByRole('region', { name: 'Your earlier exams' }).getByRole('listitem');
	await expect(history).toHaveCount(1);
	await expect(history.first()).toHaveText(/: 1 of 40 right \(3%\)$/);

	// A new exam draws a different set of questions.
	const again = await startExam(page);
	expect(again.filter((id) => ids.includes(id)).length).toBeLessThan(20);

	await page.reload();
	await expect(history).toHaveCount(1);
	const stored = readStored(
		await page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.endsWith(':progress'))!)),
	).exams;
	const [attempt] = Object.values(stored);
	expect(attempt).toMatchObject({ right: 1, asked: 40 });
	expect(Object.values(attempt!.skills).reduce((sum, skill) => sum + skill.asked, 0)).toBe(40);
});

test('marking an exam saves its answers and the attempt in one write', async ({ page }) => {
	await page.addInitScript(() => {
		const writes = { count: 0 };
		Object.assign(window, { progressWrites: writes });
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (name: string, value: string) {
			if (this === window.localStorage && name.endsWith(':progress')) writes.count++;
			return setItem.call(this, name, value);
		};
	});
	await page.goto('/progress/exam/');
	await startExam(page);
	const key = JSON.parse((await exam(page).locator('script[data-answer-key]').textContent())!);
	const single = exam(page).locator('[data-exam] .dp-question[data-type="single"]').first();
	const singleId = (await single.getAttribute('data-question'))!;
	await single.locator(`input[value="${key[singleId].correct}"]`).check();
	await exam(page).getByRole('button', { name: 'Finish and mark the exam' }).click();
	await expect(exam(page).locator('[data-exam-score]')).toHaveText(/^1 of 40 right/);
	// Past the frame after which answers are saved on other pages, so a second write would be counted.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))));
	expect(await page.evaluate(() => (window as unknown as { progressWrites: { count: number } }).progressWrites.count)).toBe(1);
	const progress = readStored(
		await page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.endsWith(':progress'))!)),
	);
	expect(progress.questions[singleId]).toMatchObject({ attempts: 1, lastCorrect: true });
	expect(Object.values(progress.exams)).toHaveLength(1);
});

test('an exam whose question banks do not load says so, and starts once they do', async ({ page, pageErrors }) => {
	await page.route('**/quiz-banks/*.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
	await page.goto('/progress/exam/');
	await page.evaluate(() => customElements.whenDefined('dp-practice-exam'));
	const start = exam(page).getByRole('button', { name: /Start a/ });
	await start.click();
	const status = exam(page).locator('[data-exam-status]');
	await expect(status).toHaveText('Some questions could not be loaded. Check your connection and start again.');
	await expect(exam(page).locator('[data-exam-paper]')).toBeHidden();
	await expect(start).toBeEnabled();
	// The browser reports each refused file.
	const refused = pageErrors.filter((error) => error.includes('503'));
	expect(refused.length).toBeGreaterThan(0);
	pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !refused.includes(error)));
	await page.unroute('**/quiz-banks/*.json');
	await start.click();
	await expect(paperQuestions(page)).toHaveCount(40);
	await expect(status).toHaveText('');
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe: the practice exam in progress and marked, ${theme} theme`, async ({ page }) => {
		test.slow();
		await openInTheme(page, '/progress/exam/', theme);
		await startExam(page);
		expect(await axeViolations(page, 'dp-practice-exam')).toEqual([]);
		await exam(page).getByRole('button', { name: 'Finish and mark the exam' }).click();
		await expect(exam(page).getByRole('heading', { name: 'Your result' })).toBeFocused();
		expect(await axeViolations(page, 'dp-practice-exam')).toEqual([]);
	});
}
