import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { readDocs } from '../../support/content-files';
import { HIDDEN_SECTION, newLesson, teamConfig, teamSite } from '../../support/team-site';
import { expect, test } from './fixtures';
import { readStored } from '../../support/stored-progress';

/** Lessons of the team site per section folder, counted from its content files. */
function lessonsBySection() {
	const counts = new Map<string, number>();
	for (const doc of readDocs(join(teamSite, 'content', 'docs'))) {
		if (typeof doc.data.key !== 'string') continue;
		const folder = doc.id.split('/')[0]!;
		counts.set(folder, (counts.get(folder) ?? 0) + 1);
	}
	return counts;
}
const newQuiz = () => parseYaml(readFileSync(join(teamSite, 'content', 'quizzes', `${newLesson.key}.yaml`), 'utf8'));

test.describe('a lesson and quiz made with npm run new, with no code change', () => {
	test('show up in the sidebar, with their quiz, under the base path', async ({ page }) => {
		await page.goto(`${newLesson.path}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(newLesson.title);
		const link = page.locator('#starlight__sidebar').getByRole('link', { name: newLesson.title });
		await expect(link).toHaveAttribute('href', `/onboarding/${newLesson.path}/`);
		await expect(link).toHaveAttribute('aria-current', 'page');
		await expect(link).toHaveAttribute('data-lesson', newLesson.key);
		const fundamentals = lessonsBySection().get('fundamentals')!;
		await expect(page.locator('.sidebar-content details', { hasText: 'Fundamentals' }).locator('.dp-section-count').first()).toHaveText(
			`0/${fundamentals}`,
		);
		await expect(page.locator('.dp-question').first()).toContainText(newQuiz().questions[0].prompt);
	});

	test('count in the dashboard totals, and completing the lesson counts there', async ({ page }) => {
		const counts = lessonsBySection();
		const total = [...counts].filter(([folder]) => folder !== HIDDEN_SECTION).reduce((sum, [, n]) => sum + n, 0);
		await page.goto('progress/');
		await expect(page.locator('[data-overall-text]')).toHaveText(`0 of ${total} lessons completed`);
		await expect(page.locator('[data-section="fundamentals"] [data-section-text]')).toHaveText(
			`0 of ${counts.get('fundamentals')} lessons completed`,
		);
		await page.goto(`${newLesson.path}/`);
		await page.getByRole('button', { name: 'Mark as complete' }).click();
		await page.goto('progress/');
		await expect(page.locator('[data-overall-text]')).toHaveText(`1 of ${total} lessons completed`);
	});

	test('appear in the study guide with their quiz question', async ({ page }) => {
		await page.goto('study-guide/all/');
		// The lesson's own heading; the answer key repeats its title.
		await expect(page.getByRole('heading', { name: newLesson.title, exact: true }).first()).toBeVisible();
		await expect(page.getByText(newQuiz().questions[0].prompt).first()).toBeVisible();
	});
});

test('progress is stored under the site id and base path', async ({ page }) => {
	await page.goto('lifecycle/plan/');
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	const keys = await page.evaluate(() => Object.keys(localStorage));
	expect(keys).toContain(`devops-path:${teamConfig.id}:/onboarding/:progress`);
	const stored = readStored(await page.evaluate((id) => localStorage.getItem(`devops-path:${id}:/onboarding/:progress`), teamConfig.id));
	expect(stored.lessons['lifecycle-plan']?.status).toBe('done');
});

test('the onboarding checklist and course record work under the base path', async ({ page, site }) => {
	await page.goto('lifecycle/plan/');
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await page.goto('progress/checklist/');
	await expect(page.getByLabel('The checklist in Markdown')).toHaveValue(
		new RegExp(`\\n- \\[x\\] \\[The plan phase\\]\\(${site.origin}/onboarding/lifecycle/plan/\\)\\n`),
	);
	await page.goto('progress/record/');
	await expect(page.locator('[data-record-rows="lessons"] a')).toHaveAttribute('href', '/onboarding/lifecycle/plan/');
});

test('share links, the shared page and the team table work under the base path', async ({ page, site }) => {
	await page.goto('lifecycle/plan/');
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await page.goto('progress/share/');
	const link = await page.getByRole('textbox', { name: 'Link to your progress' }).inputValue();
	expect(link.startsWith(`${site.origin}/onboarding/progress/shared/#shared=`)).toBe(true);
	expect(await page.getByRole('textbox', { name: 'Link that moves your progress' }).inputValue()).toMatch(
		new RegExp(`^${site.origin}/onboarding/progress/#continue=`),
	);
	await page.goto(link);
	await expect(page.locator('[data-shared-totals] li').first()).toHaveText(/^1 of \d+ lessons completed$/);
	await expect(page.locator('[data-shared-other-site]')).toBeHidden();
	await page.goto('progress/team/');
	await page.getByLabel('Share links, one per line').fill(link);
	await page.getByRole('button', { name: 'Add the links' }).click();
	await expect(page.locator('[data-rows] tr')).toHaveCount(1);
});

test('a quiz answers under the base path and links to the part to re-read', async ({ page }) => {
	await page.goto('start-here/');
	const question = page.locator('.dp-question').first();
	await question.locator('input').nth(1).check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).not.toBeEmpty();
	for (const href of await page.locator('.dp-quiz a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
		expect(href.startsWith('/onboarding/') || href.startsWith('#') || /^https:/.test(href), href).toBe(true);
	}
});

test('the Review page draws a missed question from its bank file under the base path, linked to its lesson there', async ({ page }) => {
	await page.goto('start-here/');
	const missed = page.locator('.dp-question[data-type="single"]').first();
	const id = (await missed.getAttribute('data-question'))!;
	const key = JSON.parse((await page.locator('script[data-answer-key]').textContent())!)[id];
	await missed.locator(`input[value]:not([value="${key.correct}"]):not([data-unsure])`).first().check();
	await missed.getByRole('button', { name: 'Check' }).click();
	await expect(missed.locator('.dp-feedback')).toContainText('Not quite.');
	await page.goto('progress/review/');
	const question = page.locator(`.dp-question[data-question="${id}"]`);
	await expect(question).toBeVisible();
	await expect(page.locator('.dp-review-source a')).toHaveAttribute('href', '/onboarding/start-here/');
	await question.locator(`input[value="${key.correct}"]`).check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback')).toContainText('Next review of this question');
	const hrefs = await page.locator('dp-review-session a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href.startsWith('/onboarding/') || href.startsWith('#'), href).toBe(true);
});

test('search finds the new lesson and leads to it under the base path', async ({ page }) => {
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill(newLesson.title);
	const result = page.locator('.pagefind-ui__result-link', { hasText: newLesson.title }).first();
	// Search loads its index on first use; on a busy machine results take seconds.
	await expect(result).toHaveAttribute('href', `/onboarding/${newLesson.path}/`, { timeout: 30_000 });
	await result.click();
	await expect(page).toHaveURL(new RegExp(`/onboarding/${newLesson.path}/$`));
});

test.describe(`the switched-off section (${HIDDEN_SECTION})`, () => {
	test('has no pages, no sidebar entry, no links to it and no search results', async ({ page, request, site }) => {
		expect((await request.get(`${site.origin}/onboarding/${HIDDEN_SECTION}/`)).status()).toBe(404);
		await page.goto('start-here/');
		await expect(page.locator('#starlight__sidebar')).not.toContainText('Growth path');
		// The lesson text still names the section, now as plain text.
		await expect(page.locator('.sl-markdown-content')).toContainText('Growth path');
		expect(await page.locator(`a[href*="${HIDDEN_SECTION}/"]`).count()).toBe(0);
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('promotion');
		// Search loads its index on first use; on a busy machine that takes seconds.
		await expect(page.locator('.pagefind-ui__message')).toBeVisible({ timeout: 30_000 });
		expect(await page.locator(`.pagefind-ui__result-link[href*="/${HIDDEN_SECTION}/"]`).count()).toBe(0);
	});

	test('is left out of the study guide', async ({ page }) => {
		const hiddenTitles = readDocs(join(teamSite, 'content', 'docs'))
			.filter((doc) => doc.id.startsWith(`${HIDDEN_SECTION}/`) && typeof doc.data.key === 'string')
			.map((doc) => doc.data.title as string);
		expect(hiddenTitles.length).toBeGreaterThan(0);
		await page.goto('study-guide/all/');
		await expect(page.getByRole('heading', { name: newLesson.title, exact: true }).first()).toBeVisible();
		for (const title of hiddenTitles) await expect(page.getByRole('heading', { name: title, exact: true }), title).toHaveCount(0);
	});
});

test('the study guide links to a PDF that downloads', async ({ page, request, site }) => {
	await page.goto('study-guide/');
	const href = await page.locator('a[href$=".pdf"]').first().getAttribute('href');
	expect(href).toMatch(/^\/onboarding\//);
	const response = await request.get(`${site.origin}${href}`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('application/pdf');
	expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
