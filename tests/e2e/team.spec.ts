import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFile } from '../../src/lib/progress/export-file';
import { setLessonDone } from '../../src/lib/progress/lessons';
import { emptyProgress } from '../../src/lib/progress/model';
import { axeViolations, expect, switchTheme, tabTo, test, THEME_RULES } from './fixtures';

const now = Date.UTC(2026, 10, 20);

/** A progress file as the dashboard exports it, with these lessons completed. */
function progressFile(dir: string, name: string, lessons: string[]) {
	let progress = emptyProgress();
	for (const [i, key] of lessons.entries()) progress = setLessonDone(progress, key, true, 'hash', now - (lessons.length - i) * 3_600_000);
	const path = join(dir, name);
	writeFileSync(path, JSON.stringify(exportFile(progress, 'devops-path', now)));
	return path;
}

test('a lead loads three progress files and one broken file: three rows, one clear error, sortable by keyboard, as CSV and on paper', async ({
	page,
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'team-'));
	const files = [
		progressFile(dir, 'zoe.json', ['start-here']),
		progressFile(dir, 'adam.json', ['start-here', 'role-overview', 'role-decision-rights']),
		progressFile(dir, 'mia.json', []),
		join(dir, 'broken.json'),
	];
	writeFileSync(files[3]!, '{"format": "devops-path-progress", "progress": ');

	await page.goto('/progress/team/');
	await expect(page.getByText('No one added yet.')).toBeVisible();
	await page.getByLabel('Progress files (.json)').setInputFiles(files);
	const rows = page.locator('[data-rows] tr');
	await expect(rows).toHaveCount(3);
	await expect(page.getByRole('alert')).toHaveText('broken.json: This file is not a progress export: it is not valid JSON.');
	await expect(page.locator('[data-status]')).toHaveText('Added 3 people.');
	await expect(rows.locator('th')).toHaveText(['zoe', 'adam', 'mia']);
	await expect(page.locator('caption')).toHaveText('3 people. Choose a column heading to sort by it.');

	const lessons = page.getByRole('button', { name: 'Lessons', exact: true });
	await tabTo(page, lessons);
	await page.keyboard.press('Enter');
	await expect(page.locator('th[data-column="lessons"]')).toHaveAttribute('aria-sort', 'ascending');
	await expect(rows.locator('th')).toHaveText(['mia', 'zoe', 'adam']);
	await page.keyboard.press('Enter');
	await expect(page.locator('th[data-column="lessons"]')).toHaveAttribute('aria-sort', 'descending');
	await expect(rows.locator('th')).toHaveText(['adam', 'zoe', 'mia']);
	await expect(page.locator('[data-status]')).toHaveText('Sorted by Lessons, descending.');
	await expect(rows.first().locator('td').first()).toHaveText(/^3 \/ \d+$/);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as CSV' }).click();
	const csv = readFileSync(await (await downloading).path(), 'utf8').split('\r\n');
	expect(csv[0]).toMatch(/^Person,Lessons,Start here,The role,/);
	expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(['adam', 'zoe', 'mia']);

	expect(await axeViolations(page), 'light theme').toEqual([]);
	await switchTheme(page, 'dark');
	expect(await axeViolations(page, undefined, THEME_RULES), 'dark theme').toEqual([]);
	await switchTheme(page, 'light');

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByLabel('Progress files (.json)')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Download as CSV' })).toBeHidden();
	await expect(rows).toHaveCount(3);
	await page.emulateMedia({ media: 'screen' });

	// Nothing is kept unless asked: a reload starts empty.
	await page.reload();
	await expect(page.getByText('No one added yet.')).toBeVisible();
	expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':team')))).toEqual([]);
});

test('share links join the table with the names they carry, and a kept team survives a reload', async ({ page }) => {
	await page.goto('/start-here/');
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await page.goto('/progress/share/');
	await page.getByLabel('Your name, as the link shows it (optional)').fill('=Ana');
	const link = await page.getByRole('textbox', { name: 'Link to your progress' }).inputValue();

	await page.goto('/progress/team/');
	await page.getByLabel('Keep this team in this browser').check();
	await page.getByLabel('Share links, one per line').fill(`${link}\nhttps://example.com/not-a-share-link`);
	await page.getByRole('button', { name: 'Add the links' }).click();
	await expect(page.locator('[data-rows] tr th')).toHaveText(['=Ana']);
	await expect(page.getByRole('alert')).toHaveText('Link 2: this is not a share link (it has no #shared= part).');
	await page.reload();
	await expect(page.locator('[data-rows] tr th')).toHaveText(['=Ana']);
	await expect(page.getByLabel('Keep this team in this browser')).toBeChecked();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as CSV' }).click();
	expect(
		readFileSync(await (await downloading).path(), 'utf8')
			.split('\r\n')[1]!
			.startsWith("'=Ana,"),
	).toBe(true);

	await page.getByRole('button', { name: 'Remove everyone' }).click();
	await expect(page.getByText('No one added yet.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('No one added yet.')).toBeVisible();
});

test('a learner names their export on the dashboard and the lead sees that name; a newer version’s file is read as far as it can be', async ({
	page,
}) => {
	await page.goto('/start-here/');
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await page.goto('/progress/');
	await page.getByLabel('Your name on the exported file (optional)').fill('  Priya <b>Shah</b> ');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const exported = await (await downloading).path();
	expect(JSON.parse(readFileSync(exported, 'utf8')).name).toBe('Priya <b>Shah</b>');

	const dir = mkdtempSync(join(tmpdir(), 'team-'));
	const named = join(dir, 'devops-path-progress-2026-12-02.json');
	writeFileSync(named, readFileSync(exported));
	const newer = progressFile(dir, 'from-newer-site.json', ['start-here', 'role-overview']);
	const file = JSON.parse(readFileSync(newer, 'utf8'));
	writeFileSync(newer, JSON.stringify({ ...file, progress: { ...file.progress, version: 99, streaks: { longest: 4 } } }));

	await page.goto('/progress/team/');
	await page.getByLabel('Progress files (.json)').setInputFiles([named, newer]);
	await expect(page.locator('[data-rows] tr th')).toHaveText(['Priya <b>Shah</b>', 'from-newer-site']);
	await expect(page.locator('[data-rows] b')).toHaveCount(0);
	await expect(page.locator('[data-status]')).toHaveText(
		'Added 2 people. A newer version of this site made from-newer-site.json; the table shows what this version can read, and anything the newer version added is left out.',
	);
});
