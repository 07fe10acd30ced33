/**
 * Lighthouse gate: mobile profile (Lighthouse's default) on the pages that matter most, served
 * from dist by `astro preview`. Asserts the thresholds in gates/lighthouse.ts and keeps every JSON
 * report in reports/lighthouse/. Usage: node scripts/lighthouse.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../tests/support/browser.ts';
import { readBuiltSite } from './gates/dist.ts';
import { lighthouseFailures, scoreCells, shouldRerun, THRESHOLDS, type LighthouseResult } from './gates/lighthouse.ts';

/** Pages tested, by file in dist: home, a lesson, the page with most quiz types, the dashboard, the study guide. */
const PAGES: readonly { name: string; file: string; thresholds?: Readonly<Record<string, number>> }[] = [
	{ name: 'home', file: 'index.html' },
	{ name: 'lesson', file: 'linux/index.html' },
	{ name: 'quiz', file: 'contribute/question-types/index.html' },
	{ name: 'dashboard', file: 'progress/index.html' },
	/*
	 * The study guide's growth view: seven lessons, worksheets of every question type, the answer
	 * key; thousands of elements, whose style and layout alone once blocked the main thread for half
	 * a second on the mobile profile. On screen each lesson and answer group is laid out only when
	 * it nears the viewport (content-visibility, OffscreenPart.astro), so the first screen costs
	 * what a short page does; print still lays out all of it.
	 */
	{ name: 'study-guide', file: 'study-guide/growth/index.html' },
];
const REPORTS = join('reports', 'lighthouse');
const port = Number(process.env.DEVOPS_PATH_TEST_PORT ?? 4321) + 1000;

const site = readBuiltSite('dist');
const missing = PAGES.filter((page) => !site.files.has(page.file));
if (missing.length) {
	console.error(`Lighthouse pages missing from dist: ${missing.map((page) => page.file).join(', ')} (update PAGES in scripts/lighthouse.ts)`);
	process.exit(1);
}

const browser = chromiumExecutable();
const chromeFlags = ['--headless=new', ...(browser.args ?? [])].join(' ');
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
	stdio: ['ignore', 'ignore', 'inherit'],
});
const origin = `http://127.0.0.1:${port}`;

async function waitForServer() {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
		try {
			if ((await fetch(`${origin}${site.root.base}`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`astro preview did not answer on ${origin} within 60 s`);
}

function runLighthouse(url: string, output: string): LighthouseResult | undefined {
	const run = spawnSync(
		process.execPath,
		[
			'node_modules/lighthouse/cli/index.js',
			url,
			'--quiet',
			'--output=json',
			`--output-path=${output}`,
			`--only-categories=${Object.keys(THRESHOLDS).join(',')}`,
			`--chrome-flags=${chromeFlags}`,
		],
		{ stdio: 'inherit', env: { ...process.env, CHROME_PATH: browser.executablePath ?? chromium.executablePath() } },
	);
	if (run.status !== 0) {
		console.error(`lighthouse ${url} exited with ${run.status}`);
		return undefined;
	}
	return JSON.parse(readFileSync(output, 'utf8')) as LighthouseResult;
}

let failed = false;
const rows: string[][] = [];
try {
	await waitForServer();
	rmSync(REPORTS, { recursive: true, force: true });
	mkdirSync(REPORTS, { recursive: true });
	for (const page of PAGES) {
		const url = `${origin}${site.root.base}${page.file.replace(/index\.html$/, '')}`;
		const started = Date.now();
		let result: LighthouseResult | undefined;
		let runs = 0;
		const scores: string[] = [];
		do {
			runs += 1;
			result = runLighthouse(url, join(REPORTS, runs === 1 ? `${page.name}.json` : `${page.name}-run${runs}.json`));
			if (result) scores.push(result.categories.performance?.score?.toFixed(2) ?? '-');
		} while (result && shouldRerun(result, runs, page.thresholds));
		const seconds = `${((Date.now() - started) / 1000).toFixed(0)} s`;
		if (!result) {
			failed = true;
			rows.push([page.name, '-', '-', '-', '-', 'FAIL', seconds, 'lighthouse did not finish']);
			continue;
		}
		const failures = lighthouseFailures(result, page.thresholds);
		if (failures.length) failed = true;
		const note = runs > 1 ? `performance over ${runs} runs: ${scores.join(', ')}` : '';
		const own = page.thresholds
			? Object.entries(page.thresholds)
					.filter(([category, minimum]) => THRESHOLDS[category] !== minimum)
					.map(([category, minimum]) => `${category} minimum ${minimum.toFixed(2)} on this page`)
			: [];
		rows.push([page.name, ...scoreCells(result, page.thresholds), failures.length ? 'FAIL' : 'ok', seconds, [...own, note].filter(Boolean).join('; ')]);
		for (const failure of failures) console.error(`${page.name} (${url}): ${failure}`);
	}
} finally {
	// Wait for the server to be gone: astro preview holds a lock on the project while it runs, and
	// the browser tests, next in `npm test`, start their own.
	if (server.exitCode === null && server.signalCode === null) {
		const exited = once(server, 'exit');
		server.kill();
		await exited;
	}
}

const header = ['page', ...Object.keys(THRESHOLDS), '', 'time', ''];
const minimums = ['minimum', ...Object.values(THRESHOLDS).map((value) => value.toFixed(2)), '', '', ''];
const table = [header, minimums, ...rows];
const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
console.log(table.map((cells) => cells.map((cell, column) => (cell ?? '').padEnd(widths[column]!)).join('  ').trimEnd()).join('\n'));
console.log(`JSON reports: ${REPORTS}/ (a page run again has one report per run)`);
process.exit(failed ? 1 : 0);
