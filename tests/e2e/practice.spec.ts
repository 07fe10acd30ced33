import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { QuizBank } from '../../src/schemas/quiz';
import { expect, test } from './fixtures';
import { answerCorrectly, check, question, status } from './quiz-helpers';
import { storedOrNull } from '../support/stored-progress';

/** The four practice exercises, each played to the end by keyboard with the answers from its bank. */
const exercises = ['pipeline-triage', 'iac-review', 'observability-design', 'on-call-first-week'];

for (const exercise of exercises) {
	test(`practice: ${exercise} played end to end by keyboard`, async ({ page }) => {
		// Eight to ten questions answered one key press at a time: well over the default budget on a busy machine.
		test.slow();
		const bankId = `practice-${exercise}`;
		const bank: QuizBank = parse(readFileSync(`content/quizzes/${bankId}.yaml`, 'utf8'));
		const total = bank.questions.length;
		await page.goto(`/practice/${exercise}/`);

		const solution = page.getByRole('heading', { level: 2, name: 'Worked solution' });
		await expect(solution).toBeVisible();
		// The solution is worked through (sub-headings follow it) and folded until the learner has tried.
		const worked = page.locator('dp-worked-solution');
		const firstStep = worked.locator('details .sl-heading-wrapper.level-h3').first();
		await expect(firstStep).toBeHidden();
		await expect(worked.getByText('Solution viewed', { exact: true })).toBeHidden();
		await worked.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(firstStep).toBeVisible();
		await expect(worked.getByText('Solution viewed', { exact: true })).toBeVisible();
		const viewedAt = () =>
			page
				.evaluate(() => localStorage.getItem('devops-path:devops-path:/:progress'))
				.then((text) => storedOrNull(text)?.lessons[bankId]?.solutionViewedAt);
		await expect.poll(viewedAt).toBeGreaterThan(0);
		await page.reload();
		await expect(page.locator('dp-worked-solution').getByText('Solution viewed', { exact: true })).toBeVisible();

		const quiz = page.locator(`dp-quiz[data-bank="${bankId}"]`);
		await expect(quiz.locator('.dp-question')).toHaveCount(total);
		const score = quiz.locator('.dp-score');
		await expect(score).toBeEmpty();

		// Reaching the quiz by Tab is covered elsewhere; here the learner clicks its heading, then uses only the keyboard.
		await quiz.getByRole('heading', { level: 2 }).click();

		for (const [i, authored] of bank.questions.entries()) {
			const q = question(page, authored.id);
			await answerCorrectly(page, q, authored);
			await check(page, q);
			await expect(status(q), `${authored.id} (${authored.type})`).toHaveAttribute('data-result', 'right');
			await expect(status(q).locator('p').first()).toHaveText('Correct.');
			await expect(score).toHaveText(i + 1 < total ? `${i + 1} of ${total} questions answered` : `${total} of ${total} correct`);
		}
	});
}
