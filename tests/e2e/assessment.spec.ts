import type { Page } from '@playwright/test';
import { axeViolations, expect, openInTheme, test } from './fixtures';

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

test('skill levels start at "Not started" and a miss makes the skill "Attempted", with the missed question first to practise', async ({ page }) => {
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
