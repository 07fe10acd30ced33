import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStored, storedOrNull } from '../support/stored-progress';
import { encodeProgress } from '../../src/lib/progress/decode';

const KEY = 'devops-path:devops-path:/:progress';
const ROUNDS = 50;

/** Clicks the page's "Mark as complete" button at a moment both pages agree on (they share a clock). */
function clickAt(page: Page, at: number) {
	return page.evaluate((at) => {
		setTimeout(() => document.querySelector<HTMLButtonElement>('[data-mark-complete]')!.click(), Math.max(0, at - Date.now()));
	}, at);
}

const storedStatus = async (page: Page, lesson: string) =>
	storedOrNull(await page.evaluate((key) => localStorage.getItem(key), KEY))?.lessons[lesson]?.status ?? null;

test('two tabs toggling "Mark as complete" 0-50 ms apart lose no change in 50 rounds', async ({ context }) => {
	// 50 rounds of two pages; a loaded 2-core machine needs minutes.
	test.setTimeout(300_000);
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto('/lifecycle/plan/');
	await b.goto('/lifecycle/build/');
	await Promise.all([a, b].map((page) => page.waitForFunction(() => 'progressReady' in document.documentElement.dataset)));
	const lost: string[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		const apart = round % 51;
		const at = (await a.evaluate(() => Date.now())) + 60;
		// Each round flips both lessons, so after an even number of rounds both are done, else both are not.
		const expected = round % 2 === 0 ? 'done' : 'in-progress';
		await Promise.all([clickAt(a, at), clickAt(b, at + apart)]);
		try {
			await expect
				.poll(async () => [await storedStatus(a, 'lifecycle-plan'), await storedStatus(b, 'lifecycle-build')], { timeout: 3000 })
				.toEqual([expected, expected]);
			await expect(a.locator('[data-mark-complete]')).toHaveAttribute('aria-pressed', String(expected === 'done'));
			await expect(b.locator('[data-mark-complete]')).toHaveAttribute('aria-pressed', String(expected === 'done'));
		} catch {
			lost.push(`round ${round} (${apart} ms apart)`);
			// Put both back in the expected state so later rounds measure on their own.
			const progress = readStored(await a.evaluate((key) => localStorage.getItem(key), KEY));
			const now = Date.now();
			for (const lesson of ['lifecycle-plan', 'lifecycle-build'])
				progress.lessons[lesson] = { status: expected, startedAt: 1, updatedAt: now };
			await a.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, encodeProgress(progress)]);
			await Promise.all([a.reload(), b.reload()]);
			await Promise.all([a, b].map((page) => page.waitForFunction(() => 'progressReady' in document.documentElement.dataset)));
		}
	}
	console.log(`Two-tab race: ${lost.length} of ${ROUNDS} rounds lost a change${lost.length ? `: ${lost.join(', ')}` : ''}`);
	expect(lost).toEqual([]);
});
