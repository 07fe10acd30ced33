import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ConfigLab, ShellLab } from '../../src/schemas/lab';
import type { Page } from '@playwright/test';
import { readDocs, readYamlCollection } from '../support/content-files';
import { axeViolations, expect, openInTheme, tabTo, test } from './fixtures';
import { readStored } from '../support/stored-progress';

/**
 * The example labs, done by keyboard in the real page: the reference solution typed in passes
 * every task, a wrong attempt shows the rule's own message.
 */
const shellLab: ShellLab = parse(readFileSync('content/labs/nginx-log-triage.yaml', 'utf8'));
const configLab: ConfigLab = parse(readFileSync('content/labs/kubernetes-probes-resources.yaml', 'utf8'));

/** The stored progress (site id devops-path, base path /), as src/lib/progress/store.ts names its key. */
const storedProgress = async (page: Page) =>
	readStored(await page.evaluate(() => localStorage.getItem('devops-path:devops-path:/:progress')));

const labOf = (page: Page, id: string) => page.locator(`dp-lab[data-lab="${id}"]`);

async function start(page: Page, id: string) {
	const lab = labOf(page, id);
	await lab.getByRole('heading', { level: 2 }).click();
	await tabTo(page, lab.getByRole('button', { name: 'Start lab' }));
	await page.keyboard.press('Enter');
	// The shell engine is 1.3 MB to fetch and compile: slow on a loaded machine.
	await expect(lab.locator('[data-workspace]')).toBeVisible({ timeout: 30_000 });
	// Started once: the button is gone, not left to start the lab a second time.
	await expect(lab.getByRole('button', { name: 'Start lab' })).toBeHidden();
	return lab;
}

/** Enters a command and waits for its entry in the log; `insert` puts a long line in at once, as a paste would. */
async function runCommand(page: Page, lab: ReturnType<typeof labOf>, line: string, entry: 'type' | 'insert' = 'type') {
	const input = lab.getByRole('textbox', { name: 'Command' });
	await expect(input).toBeFocused();
	const entries = lab.locator('.dp-lab-entry');
	const before = await entries.count();
	if (entry === 'insert') await page.keyboard.insertText(line);
	else await page.keyboard.type(line);
	await page.keyboard.press('Enter');
	// A runaway loop runs until the shell's limit stops it: seconds on a loaded machine.
	await expect(entries).toHaveCount(before + 1, { timeout: 30_000 });
}

test('shell lab: the reference commands typed by keyboard pass every task, one at a time', async ({ page }) => {
	test.slow();
	await page.goto('/linux/');
	const lab = await start(page, 'nginx-log-triage');
	const tasks = lab.locator('[data-task]');
	await expect(tasks.locator('[data-status]')).toHaveText(shellLab.tasks.map(() => 'Not done yet'));

	// A wrong attempt: counting every request's address, not only the errors, names another top address.
	await runCommand(page, lab, "awk '{print $1}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head -1");
	await expect(tasks.nth(1).locator('[data-status]')).toHaveText('Not done yet');

	for (const [i, command] of shellLab.solution.commands.entries()) {
		await runCommand(page, lab, command);
		await expect(tasks.nth(i).locator('[data-status]')).toHaveText('Done');
	}
	await expect(lab.getByRole('status')).toHaveText(`Task ${shellLab.tasks.length} done. Every task of this lab is done.`);
	// The log holds what was typed and printed, as text.
	await expect(lab.getByRole('log')).toContainText('7 198.51.100.23');

	// History: Up brings back the last command.
	await page.keyboard.press('ArrowUp');
	await expect(lab.getByRole('textbox', { name: 'Command' })).toHaveValue(shellLab.solution.commands.at(-1)!);
	await page.keyboard.press('ArrowDown');
	await expect(lab.getByRole('textbox', { name: 'Command' })).toHaveValue('');

	// Typed markup stays text.
	await runCommand(page, lab, 'echo "<img src=x>"');
	await expect(lab.locator('[data-log] img')).toHaveCount(0);
	await expect(lab.getByRole('log')).toContainText('<img src=x>');

	// Progress: every task is stored under its stable id and shows as done after a reload.
	const stored = await storedProgress(page);
	expect(Object.keys(stored.labTasks).sort()).toEqual(shellLab.tasks.map((task) => `nginx-log-triage:${task.id}`).sort());
	await page.reload();
	await expect(labOf(page, 'nginx-log-triage').locator('[data-task] [data-status]')).toHaveText(shellLab.tasks.map(() => 'Done'));

	// The files too: Start runs the last visit's commands again, so the report written above is back.
	const typed = shellLab.solution.commands.length + 2;
	const again = await start(page, 'nginx-log-triage');
	await expect(again.getByRole('status')).toHaveText(
		`Welcome back: your ${typed} commands were run again, so the files are as you left them.`,
	);
	await expect(again.locator('.dp-lab-entry')).toHaveCount(typed);
	await runCommand(page, again, 'wc -l < report.txt');
	await expect(again.locator('.dp-lab-entry').last()).toContainText(/^\$ wc -l < report.txt\s*[1-9]/);
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(again.getByRole('textbox', { name: 'Command' })).toHaveValue('echo "<img src=x>"');

	// Reset files starts over, and so does the next visit.
	await tabTo(page, again.getByRole('button', { name: 'Reset files' }));
	await page.keyboard.press('Enter');
	await expect(again.getByRole('status')).toHaveText('The files are back as they were at the start.');
	await page.reload();
	const fresh = await start(page, 'nginx-log-triage');
	await expect(fresh.locator('.dp-lab-entry')).toHaveCount(0);
	await runCommand(page, fresh, 'cat report.txt');
	await expect(fresh.getByRole('log')).toContainText('No such file');
});

test('shell lab: damaged saved commands are named and the lab starts from its files', async ({ page }) => {
	await page.goto('/linux/');
	await page.evaluate(() =>
		localStorage.setItem('devops-path:devops-path:/:progress:lab:nginx-log-triage', '{"version":1,"commands":[42]}'),
	);
	await page.reload();
	const lab = await start(page, 'nginx-log-triage');
	await expect(lab.getByRole('status')).toHaveText(
		'Your commands from last time could not be restored (the saved commands are not a list of command lines); the lab starts from its starting files.',
	);
	await expect(lab.locator('.dp-lab-entry')).toHaveCount(0);
});

/** Every lab of the course, with the page of the lesson it is shown in. */
const lessonPages = new Map(readDocs().map((doc) => [doc.data.key, `/${doc.id === 'index' ? '' : `${doc.id}/`}`]));
const allLabs = readYamlCollection('labs').map((entry) => ({ id: entry.id, lab: entry.data as ShellLab | ConfigLab }));

for (const { id, lab: content } of allLabs) {
	test(`${id}: the reference solution entered by keyboard in the real page passes every task`, async ({ page }) => {
		test.slow();
		await page.goto(lessonPages.get(content.lesson)!);
		const lab = await start(page, id);
		const status = lab.locator('[data-task] [data-status]');
		await expect(status).toHaveText(content.tasks.map(() => 'Not done yet'));
		if (content.kind === 'shell') {
			for (const command of content.solution.commands) await runCommand(page, lab, command, 'insert');
		} else {
			await page.keyboard.press('Control+a');
			await page.keyboard.insertText(content.solution.file);
			await tabTo(page, lab.getByRole('button', { name: 'Check' }));
			await page.keyboard.press('Enter');
		}
		await expect(status).toHaveText(content.tasks.map(() => 'Done'));
	});
}

test('shell lab: a runaway loop is stopped with a message', async ({ page }) => {
	test.slow();
	await page.goto('/linux/');
	const lab = await start(page, 'nginx-log-triage');
	await runCommand(page, lab, 'while true; do :; done');
	await expect(lab.getByRole('log')).toContainText('[Stopped: the command ran too long or too much');
});

test('config lab: a wrong attempt shows each failing rule with its message and line, the reference file passes every task', async ({
	page,
}) => {
	test.slow();
	await page.goto('/containers/images-and-dockerfiles/');
	const lab = await start(page, 'kubernetes-probes-resources');
	const editor = lab.getByRole('textbox', { name: `Edit ${configLab.file}` });
	await expect(editor).toBeFocused();

	await tabTo(page, lab.getByRole('button', { name: 'Check' }));
	await page.keyboard.press('Enter');
	const firstRule = lab.locator('[data-task="add-probes"] [data-rule]').first();
	await expect(firstRule).toContainText('Failed:');
	await expect(firstRule).toContainText('The container needs a readinessProbe whose httpGet.path is /healthz');
	await expect(lab.getByRole('status')).toHaveText(`0 of ${configLab.tasks.length} tasks pass.`);
	const latest = lab.locator('[data-task="pin-image"] [data-rule]').first();
	await expect(latest).toContainText('The image still uses the latest tag');
	// The line button moves the cursor to the line at fault.
	await latest.getByRole('button', { name: 'Line 19' }).focus();
	await page.keyboard.press('Enter');
	await expect(editor).toBeFocused();

	// A YAML syntax error is reported with its line, not a crash.
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText('a: 1\nb: [\n');
	await tabTo(page, lab.getByRole('button', { name: 'Check' }));
	await page.keyboard.press('Enter');
	await expect(lab.locator('[data-parse-error]')).toContainText('The file does not parse as YAML, line');

	await editor.focus();
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText(configLab.solution.file);
	await tabTo(page, lab.getByRole('button', { name: 'Check' }));
	await page.keyboard.press('Enter');
	await expect(lab.locator('[data-task] [data-status]')).toHaveText(configLab.tasks.map(() => 'Done'));
	await expect(lab.locator('[data-rule][data-result="fail"]')).toHaveCount(0);
	await expect(lab.getByRole('status')).toHaveText(`${configLab.tasks.length} of ${configLab.tasks.length} tasks pass.`);

	// The edited file and the passed tasks survive a reload.
	await page.reload();
	const again = await start(page, 'kubernetes-probes-resources');
	await expect(again.locator('[data-task] [data-status]')).toHaveText(configLab.tasks.map(() => 'Done'));
	await expect(again.getByRole('textbox', { name: `Edit ${configLab.file}` })).toHaveValue(configLab.solution.file);
	// Reset file brings the starting file back.
	await tabTo(page, again.getByRole('button', { name: 'Reset file' }));
	await page.keyboard.press('Enter');
	await expect(again.getByRole('textbox', { name: `Edit ${configLab.file}` })).toHaveValue(configLab.files[0]!.content);
});

test('opening a lab\'s solution by keyboard is recorded as "solution viewed" and kept', async ({ page }) => {
	await page.goto('/containers/images-and-dockerfiles/');
	const lab = labOf(page, 'kubernetes-probes-resources');
	const summary = lab.locator('[data-solution] summary');
	await expect(lab.getByText('Solution viewed', { exact: true })).toBeHidden();
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(lab.locator('[data-solution]')).toHaveAttribute('open', '');
	await expect(lab.getByText('Solution viewed', { exact: true })).toBeVisible();
	await expect.poll(async () => Object.keys((await storedProgress(page))?.labSolutions ?? {})).toEqual(['kubernetes-probes-resources']);
	await page.reload();
	await expect(labOf(page, 'kubernetes-probes-resources').getByText('Solution viewed', { exact: true })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
	test(`labs: axe finds nothing before and after Check (${theme})`, async ({ page }) => {
		test.slow();
		await openInTheme(page, '/containers/images-and-dockerfiles/', theme);
		expect(await axeViolations(page, 'dp-lab')).toEqual([]);
		const lab = await start(page, 'kubernetes-probes-resources');
		await lab.getByRole('button', { name: 'Check' }).press('Enter');
		await expect(lab.locator('[data-rule][data-result]').first()).toBeVisible();
		await lab.locator('.dp-lab-hint summary').first().press('Enter');
		await lab.locator('[data-solution] summary').press('Enter');
		expect(await axeViolations(page, 'dp-lab')).toEqual([]);

		await openInTheme(page, '/linux/', theme);
		const shell = await start(page, 'nginx-log-triage');
		await runCommand(page, shell, shellLab.solution.commands[0]!);
		expect(await axeViolations(page, 'dp-lab')).toEqual([]);
	});
}
