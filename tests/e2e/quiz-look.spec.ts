import type { Locator } from '@playwright/test';
import { expect, openInTheme, test } from './fixtures';

/**
 * How a quiz looks: one question of each type, before and after Check, on a phone and on a
 * desktop. The screenshots are attached to the report for a person to look at; the assertions
 * hold what the design promises: targets of at least 24 px, selects in the site's font, the
 * question label inside its box, and the same row layout for every row of an order or match list.
 */
const PAGE = '/contribute/question-types/';
const TYPES = ['single', 'multiple', 'truefalse', 'order', 'match', 'spot'] as const;
const WIDTHS = [390, 1280] as const;

/** Answers a question with its first options, right or wrong: the point is the look after Check. */
async function answer(question: Locator, type: (typeof TYPES)[number]) {
	if (type === 'single' || type === 'truefalse') await question.locator('.dp-choices input').first().check();
	if (type === 'multiple' || type === 'spot') await question.locator('input[name]').first().check();
	if (type === 'match') for (const select of await question.locator('select').all()) await select.selectOption({ index: 1 });
}

/** Every target a finger has to hit: buttons, selects, the summary of a hint and the label row of each choice. */
async function smallTargets(question: Locator): Promise<string[]> {
	return question.evaluate((root) => {
		const targets = [
			...root.querySelectorAll<HTMLElement>('button:not([hidden]), select, summary'),
			...[...root.querySelectorAll<HTMLInputElement>('input')].map((input) => input.closest('label') ?? input),
		];
		return targets.flatMap((target) => {
			const box = target.getBoundingClientRect();
			return box.width < 24 || box.height < 24
				? [`${target.localName} "${target.textContent?.trim().slice(0, 30)}" is ${Math.round(box.width)}x${Math.round(box.height)} px`]
				: [];
		});
	});
}

for (const width of WIDTHS) {
	test(`quiz questions of every type at ${width} px, before and after Check`, async ({ page }, testInfo) => {
		// Twelve screenshots and their checks: well over the default budget on a busy machine.
		test.setTimeout(180_000);
		await page.setViewportSize({ width, height: 900 });
		await openInTheme(page, PAGE, 'light');
		const bodyFont = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
		// Kept in the test's output folder as well as attached, so they can be opened after a passing run.
		const snap = async (question: Locator, name: string) => {
			const path = testInfo.outputPath(name);
			await question.screenshot({ path });
			await testInfo.attach(name, { path, contentType: 'image/png' });
		};
		for (const type of TYPES) {
			const question = page.locator(`.dp-question[data-type="${type}"]`).first();
			await question.scrollIntoViewIfNeeded();
			await snap(question, `${type}-${width}px-before-check.png`);

			expect(await smallTargets(question), `${type}: targets under 24 px`).toEqual([]);
			const [fieldset, legend] = await Promise.all([question.locator('fieldset').boundingBox(), question.locator('legend').boundingBox()]);
			expect(legend!.y, `${type}: "Question N of M" sits inside its box`).toBeGreaterThan(fieldset!.y);
			expect(legend!.x + legend!.width, `${type}: the prompt stays inside its box`).toBeLessThanOrEqual(fieldset!.x + fieldset!.width);
			for (const select of await question.locator('select').all()) {
				expect(await select.evaluate((el) => getComputedStyle(el).fontFamily), `${type}: select font`).toBe(bodyFont);
			}
			if (type === 'order' || type === 'match') {
				// Every row is laid out alike: its control starts at the same x, whatever the length of its text.
				const controlsAt = await question
					.locator('li')
					.evaluateAll((rows) => rows.map((row) => Math.round(row.querySelector('select, .dp-controls')!.getBoundingClientRect().x)));
				expect(new Set(controlsAt).size, `${type}: controls line up (${controlsAt.join(', ')})`).toBe(1);
			}

			await answer(question, type);
			await question.getByRole('button', { name: 'Check' }).click();
			await expect(question.locator('.dp-feedback')).not.toBeEmpty();
			await snap(question, `${type}-${width}px-after-check.png`);
			expect(await smallTargets(question), `${type}: targets under 24 px after Check`).toEqual([]);
		}
	});
}
