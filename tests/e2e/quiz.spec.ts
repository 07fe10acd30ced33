import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { QuestionOf, QuestionType, QuizBank } from '../../src/schemas/quiz';
import { axeViolations, expect, setTheme, tabTo, test } from './fixtures';
import { arrange, check, chooseRadio, matchPairs, press, question, retry, shown, status, toggleCheckboxes } from './quiz-helpers';

const PAGE = '/contribute/question-types/';
const bank: QuizBank = parse(readFileSync('content/quizzes/question-types.yaml', 'utf8'));
function byType<T extends QuestionType>(type: T): QuestionOf<T> {
	const found = bank.questions.find((q): q is QuestionOf<T> => q.type === type);
	if (!found) throw new Error(`the question-types bank has no ${type} question`);
	return found;
}

test.beforeEach(async ({ page }) => {
	await page.goto(PAGE);
});

test('questions and options are in the page, answers and explanations are not shown', async ({ page }) => {
	const single = byType('single');
	const q = question(page, single.id);
	await expect(q.locator('legend')).toContainText('A shell command finished');
	await expect(q.getByRole('radio')).toHaveCount(single.options.length);
	await expect(page.getByText(single.explanation.slice(0, 30))).toBeHidden();
});

test('single choice: wrong, then right, by keyboard', async ({ page }) => {
	const single = byType('single');
	const q = question(page, single.id);
	const wrong = single.options.find((o) => !o.correct);
	if (!wrong?.feedback) throw new Error(`${single.id} needs a wrong option with feedback`);
	await chooseRadio(page, q, shown(wrong.text));
	await check(page, q);
	await expect(status(q)).toContainText('Not quite.');
	await expect(status(q)).toContainText(shown(wrong.feedback));
	await expect(status(q)).toContainText('exit status of the last command');
	await expect(q.getByText('✗ Your choice: wrong')).toBeVisible();
	await retry(page, q);
	await chooseRadio(page, q, 'The command succeeded');
	await check(page, q);
	await expect(status(q)).toContainText('Correct.');
	await expect(q.getByRole('link', { name: 'Re-read this part of the lesson' })).toHaveAttribute('href', '/fundamentals/');
});

test('multiple choice: a partial selection is wrong, all and only the right ones are right', async ({ page }) => {
	// Keyboard only: every control is reached by Tab, one key press at a time.
	test.slow();
	const multiple = byType('multiple');
	const q = question(page, multiple.id);
	const correct = multiple.options.filter((o) => o.correct).map((o) => o.text);
	const [firstCorrect] = correct;
	if (!firstCorrect || correct.length < 2) throw new Error(`${multiple.id} needs at least two right options`);
	await toggleCheckboxes(page, q, [firstCorrect]);
	await check(page, q);
	await expect(status(q)).toContainText('Not quite.');
	await expect(status(q)).toContainText('You missed 1 correct choice.');
	await retry(page, q);
	await toggleCheckboxes(page, q, [...correct, 'The pipeline definition file, in plain text']);
	await check(page, q);
	await expect(status(q)).toContainText('readable by everyone with access');
	await retry(page, q);
	await toggleCheckboxes(page, q, correct);
	await check(page, q);
	await expect(status(q)).toContainText('Correct.');
});

test('true/false: wrong then right', async ({ page }) => {
	const tf = byType('truefalse');
	const q = question(page, tf.id);
	await chooseRadio(page, q, tf.answer ? 'False' : 'True');
	await check(page, q);
	await expect(status(q)).toContainText(/^Not quite\.\s*Size does not predict failure/);
	await retry(page, q);
	await chooseRadio(page, q, tf.answer ? 'True' : 'False');
	await check(page, q);
	await expect(status(q)).toContainText('Correct.');
});

test('order: moves are announced; a wrong order counts items in place; the right order is correct', async ({ page }) => {
	const order = byType('order');
	const q = question(page, order.id);
	const reversed = [...order.items].reverse();
	// Every item has its own pair of buttons; each one's description names the item it moves.
	const firstItem = q.locator('.dp-order li').first();
	const firstText = (await firstItem.locator('.dp-item-text').textContent())!.trim();
	await expect(firstItem.getByRole('button', { name: 'Move down' })).toHaveAccessibleDescription(firstText);
	await arrange(page, q, reversed);
	await expect(q.locator('.dp-announcer')).toContainText(/Moved “.+” to position \d of 5\./);
	await check(page, q);
	await expect(status(q)).toContainText('Not quite.');
	await expect(status(q)).toContainText('1 of 5 items are in the right place.');
	await retry(page, q);
	await arrange(page, q, order.items);
	await check(page, q);
	await expect(status(q)).toContainText('Correct.');
});

test('match: wrong pairs are counted, right pairs are correct', async ({ page }) => {
	// Keyboard only: every control is reached by Tab, one key press at a time.
	test.slow();
	const match = byType('match');
	const q = question(page, match.id);
	await check(page, q);
	await expect(status(q)).toHaveText('Choose a partner for every item first, then press Check.');
	const rights = match.pairs.map((p) => p.right);
	// The first two partners swapped: two pairs wrong, the rest right.
	const swapped = match.pairs.map((p, i) => ({ left: p.left, right: i < 2 ? rights[1 - i]! : p.right }));
	await matchPairs(page, q, swapped);
	await check(page, q);
	await expect(status(q)).toContainText('2 of 4 pairs are right.');
	await retry(page, q);
	await matchPairs(page, q, match.pairs);
	await check(page, q);
	await expect(status(q)).toContainText('Correct.');
});

test('spot: an innocent line is wrong, the problem line is right', async ({ page }) => {
	const spot = byType('spot');
	const q = question(page, spot.id);
	await press(page, q.getByRole('checkbox', { name: /^Line 2 / }), 'Space');
	await check(page, q);
	await expect(status(q)).toContainText('You found 0 of 1 problem line.');
	await retry(page, q);
	await press(page, q.getByRole('checkbox', { name: /^Line 4 / }), 'Space');
	await check(page, q);
	await expect(status(q)).toContainText('Correct.');
	await expect(status(q)).toContainText('bakes the value into the image');
});

test('the score appears once every question is answered', async ({ page }) => {
	// Keyboard only: every control is reached by Tab, one key press at a time.
	test.slow();
	const score = page.locator('.dp-score');
	await expect(score).toBeEmpty();
	await chooseRadio(page, question(page, byType('single').id), 'The command succeeded');
	await check(page, question(page, byType('single').id));
	await expect(score).toHaveText(`1 of ${bank.questions.length} questions answered`);
	const tf = byType('truefalse');
	await chooseRadio(page, question(page, tf.id), 'True');
	await check(page, question(page, tf.id));
	for (const type of ['multiple', 'spot'] as const) {
		const q = question(page, byType(type).id);
		await press(page, q.getByRole('checkbox').first(), 'Space');
		await check(page, q);
	}
	await check(page, question(page, byType('order').id));
	await matchPairs(page, question(page, byType('match').id), byType('match').pairs);
	await check(page, question(page, byType('match').id));
	for (const type of ['command', 'output'] as const) {
		const q = question(page, byType(type).id);
		await tabTo(page, q.locator('[data-typed]'));
		await page.keyboard.type('ls');
		await check(page, q);
	}
	await expect(score).toHaveText(new RegExp(`^\\d of ${bank.questions.length} correct$`));
});

test('a retry shows the options in a new order', async ({ page }) => {
	const q = question(page, byType('multiple').id);
	const before = await q.locator('.dp-choices label').allTextContents();
	let changed = false;
	for (let i = 0; i < 8 && !changed; i++) {
		await press(page, q.getByRole('checkbox').first(), 'Space');
		await check(page, q);
		await retry(page, q);
		changed = (await q.locator('.dp-choices label').allTextContents()).join() !== before.join();
	}
	expect(changed).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe: no violations before and after checking, ${theme} theme`, async ({ page }) => {
		await setTheme(page, theme);
		expect(await axeViolations(page)).toEqual([]);
		for (const q of await page.locator('.dp-question').all()) {
			if ((await q.getAttribute('data-type')) === 'match') {
				for (const select of await q.locator('select').all()) await select.selectOption({ index: 1 });
			} else if (await q.locator('[data-typed]').count()) {
				await q.locator('[data-typed]').fill('ls');
			} else if (await q.locator('input').count()) {
				await q.locator('input').first().check();
			}
			await q.getByRole('button', { name: 'Check' }).click();
		}
		await expect(page.locator('.dp-feedback:not(:empty)')).toHaveCount(bank.questions.length);
		expect(await axeViolations(page)).toEqual([]);
	});
}
