import type { Locator, Page } from '@playwright/test';
import type { Question } from '../../src/schemas/quiz';
import { chooseOptionByKeyboard, expect, tabTo } from './fixtures';

/** Keyboard-only ways to answer a quiz question, shared by the quiz and practice tests. */

/** Authored text as the page shows it: Markdown code marks dropped, apostrophes typographic. */
export const shown = (markdown: string) => markdown.replace(/`/g, '').replace(/'/g, '’');
export const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
export const status = (q: Locator) => q.locator('.dp-feedback[role="status"]');

export async function press(page: Page, target: Locator, key = 'Enter') {
	await tabTo(page, target);
	await page.keyboard.press(key);
}

/** Radio groups: Tab lands on the group, Space picks the focused radio, arrow keys move the selection. */
export async function chooseRadio(page: Page, q: Locator, choice: string | Locator) {
	const target = typeof choice === 'string' ? q.getByLabel(choice, { exact: true }) : choice;
	const checked = q.locator('input[type="radio"]:checked');
	// Tab lands on the checked radio of a group, or on its first when none is checked yet.
	if (await checked.count()) {
		await tabTo(page, checked);
	} else {
		await tabTo(page, q.locator('input[type="radio"]').first());
		await page.keyboard.press('Space');
	}
	for (let i = 0; i < 10; i++) {
		if (await target.isChecked()) return;
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`could not select ${choice} by keyboard`);
}

export async function toggleCheckboxes(page: Page, q: Locator, choices: (string | Locator)[]) {
	for (const choice of choices) {
		await press(page, typeof choice === 'string' ? q.getByLabel(shown(choice), { exact: true }) : choice, 'Space');
	}
}

/**
 * Moves items with their "Move up" buttons until they read `wanted` from the top. Items are named
 * by their text, or with `by: 'index'` by their authored position (the data-index attribute).
 */
export async function arrange(page: Page, q: Locator, wanted: string[], by: 'text' | 'index' = 'text') {
	const items = q.locator('.dp-order > li');
	const current = async () =>
		by === 'text'
			? (await q.locator('.dp-order .dp-item-text').allTextContents()).map((text) => text.trim())
			: await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.index ?? ''));
	for (let target = 0; target < wanted.length; target++) {
		const item = by === 'text' ? items.filter({ hasText: wanted[target]! }) : q.locator(`.dp-order > li[data-index="${wanted[target]}"]`);
		const up = item.getByRole('button', { name: /move up/i });
		await tabTo(page, up);
		for (let i = 0; i < wanted.length; i++) {
			if ((await current())[target] === wanted[target]) break;
			await page.keyboard.press('Enter');
		}
	}
	expect(await current()).toEqual(wanted);
}

/** Picks each item's partner in its <select> with the arrow keys; `right` is the option's text. */
export async function matchPairs(page: Page, q: Locator, pairs: { left: string; right: string }[]) {
	for (const pair of pairs) {
		const select = q.getByLabel(pair.left, { exact: true });
		await chooseOptionByKeyboard(page, select, (option) => option.text === pair.right);
		await expect(select.locator('option:checked')).toHaveText(pair.right);
	}
}

export async function check(page: Page, q: Locator) {
	await press(page, q.getByRole('button', { name: 'Check' }));
}

export async function retry(page: Page, q: Locator) {
	const button = q.getByRole('button', { name: 'Try again' });
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(status(q)).toBeEmpty();
}

/**
 * Gives the right answer from the bank, by keyboard. Choices are found by their authored
 * index (the inputs' values), so Markdown and typography in the text do not matter.
 */
export async function answerCorrectly(page: Page, q: Locator, authored: Question) {
	const input = (value: number) => q.locator(`input[value="${value}"]`);
	// Choices may be shuffled: visit them in page order, so each Tab moves forward to the next one.
	const inPageOrder = async (values: number[]) => {
		const order = await q.locator('input').evaluateAll((inputs) => inputs.map((el) => Number((el as HTMLInputElement).value)));
		return order.filter((value) => values.includes(value)).map(input);
	};
	switch (authored.type) {
		case 'single':
			await chooseRadio(page, q, input(authored.options.findIndex((option) => option.correct)));
			break;
		case 'truefalse':
			// The true choice has the value 1, false 0.
			await chooseRadio(page, q, input(authored.answer ? 1 : 0));
			break;
		case 'multiple':
			await toggleCheckboxes(page, q, await inPageOrder(authored.options.flatMap((option, index) => (option.correct ? [index] : []))));
			break;
		case 'spot':
			await toggleCheckboxes(page, q, await inPageOrder(authored.answer));
			break;
		case 'order':
			await arrange(
				page,
				q,
				authored.items.map((_, index) => String(index)),
				'index',
			);
			break;
		case 'command':
		case 'output':
			await tabTo(page, q.locator('[data-typed]'));
			await page.keyboard.type(authored.type === 'command' ? authored.accept[0]! : authored.answer.trim());
			break;
		case 'match':
			// Each item's partner has the item's own index as its value.
			for (const index of authored.pairs.keys()) {
				const select = q.locator(`select[data-left="${index}"]`);
				await chooseOptionByKeyboard(page, select, (option) => option.value === String(index));
			}
			break;
	}
}
