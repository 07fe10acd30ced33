import { readFileSync } from 'node:fs';
import { axeInBothThemes, completeLesson, expect, tabTo, test } from './fixtures';

test('the onboarding checklist ticks what the learner finished, empties for a new hire by keyboard, and downloads as shown', async ({
	page,
	baseURL,
}) => {
	await completeLesson(page, '/start-here/');
	await page.goto('/career/capstone/');
	await page.locator('[data-milestone="capstone"] input[data-item]').first().check();

	await page.goto('/progress/checklist/');
	const markdown = page.getByLabel('The checklist in Markdown');
	await expect(markdown).toHaveValue(/^# DevOps onboarding\n/);
	await expect(markdown).toHaveValue(new RegExp(`\\n- \\[x\\] \\[Start here\\]\\(${baseURL}/start-here/\\)\\n`));
	await expect(markdown).toHaveValue(/\n- \[ \] \[The role\]\(/);
	await expect(markdown).toHaveValue(/\n### Capstone self-checks\n\n- \[x\] Step 1: /);
	await expect(markdown).toHaveValue(/\n {2}- \[ \] Lab: /);
	await axeInBothThemes(page);

	const name = page.getByLabel('Name for the heading (optional)');
	await tabTo(page, name, 60, 'Shift+Tab');
	await page.keyboard.type('Sam <b>Lee</b>');
	await expect(markdown).toHaveValue(/^# DevOps onboarding: Sam \\<b\\>Lee\\<\/b\\>\n/);
	await tabTo(page, page.getByRole('radio', { name: 'My progress: ticked where I have finished' }), 60, 'Shift+Tab');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'An empty checklist for a new hire' })).toBeChecked();
	await expect(markdown).not.toHaveValue(/\[x\]/);
	await expect(markdown).toHaveValue(/\n- \[ \] \[Start here\]\(/);

	const downloading = page.waitForEvent('download');
	await tabTo(page, page.getByRole('button', { name: 'Download as a .md file' }));
	await page.keyboard.press('Enter');
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^devops-onboarding-\d{4}-\d{2}-\d{2}\.md$/);
	expect(readFileSync(await download.path(), 'utf8')).toBe(await markdown.inputValue());
	await expect(page.locator('dp-onboarding-checklist').getByRole('status')).toHaveText(`Saved as ${download.suggestedFilename()}.`);
});

test('the course record lists finished lessons with dates and first-try scores, ticked checks, and says it is self-reported', async ({
	page,
}) => {
	await page.goto('/progress/record/');
	await expect(page.locator('[data-record-summary]')).toHaveText(/^0 of \d+ lessons completed and 0 of \d+ labs finished\.$/);
	await expect(page.locator('[data-record-empty="lessons"]')).toBeVisible();

	await page.goto('/start-here/');
	const question = page.locator('.dp-question').first();
	const questionCount = await page.locator('.dp-question').count();
	await question.locator('input').first().check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).not.toBeEmpty();
	await completeLesson(page, '/start-here/');
	await page.goto('/career/capstone/');
	await page.locator('[data-milestone="capstone"] input[data-item]').nth(1).check();
	const checkText = (await page.locator('[data-milestone="capstone"] li').nth(1).textContent())!.trim();

	await page.goto('/progress/record/');
	await expect(page.getByText(/^Self-reported:/)).toBeVisible();
	await expect(page.locator('[data-record-summary]')).toHaveText(/^1 of \d+ lessons completed/);
	const lessonRow = page.locator('[data-record-rows="lessons"] tr');
	await expect(lessonRow).toHaveCount(1);
	await expect(lessonRow.locator('td').nth(0)).toHaveText('Start here');
	await expect(lessonRow.locator('td').nth(0).getByRole('link')).toHaveAttribute('href', '/start-here/');
	await expect(lessonRow.locator('td').nth(2)).toHaveText(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(Date.now()));
	await expect(lessonRow.locator('td').nth(3)).toHaveText(new RegExp(`^[01] of 1 answered \\(${questionCount} in the quiz\\)$`));
	const checkRow = page.locator('[data-record-rows="checks"] tr');
	await expect(checkRow).toHaveCount(1);
	await expect(checkRow.locator('td').nth(1)).toHaveText(checkText);
	await expect(page.locator('[data-record-empty="labs"]')).toBeVisible();
	await axeInBothThemes(page);

	await page.emulateMedia({ media: 'print' });
	await expect(lessonRow).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print the record' })).toBeHidden();
});
