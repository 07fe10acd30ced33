/**
 * Lighthouse gate: mobile profile (Lighthouse's default) on the pages that matter most, served
 * from dist by the site's static server (src/lib/hosting/static-server.ts). Asserts the thresholds in gates/lighthouse.ts and keeps every JSON
 * report in reports/lighthouse/. Usage: node scripts/lighthouse.ts
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite } from './gates/dist.ts';
import { LIGHTHOUSE_PAGES, lighthouseFailures, scoreCells, shouldRerun, THRESHOLDS, type LighthouseResult } from './gates/lighthouse.ts';
import { serveDirectory, type StaticServer } from '../src/lib/hosting/static-server.ts';
import { runLighthouse } from './gates/lighthouse-run.ts';

const REPORTS = join('reports', 'lighthouse');
const project = process.cwd();

const site = readBuiltSite('dist');
const missing = LIGHTHOUSE_PAGES.filter((page) => !site.files.has(page.file));
if (missing.length) {
	console.error(
		`Lighthouse pages missing from dist: ${missing.map((page) => page.file).join(', ')} (update LIGHTHOUSE_PAGES in scripts/gates/lighthouse.ts)`,
	);
	process.exit(1);
}

let failed = false;
const rows: string[][] = [];
let server: StaticServer | undefined;
try {
	server = await serveDirectory('dist', { base: site.root.base, compress: true });
	rmSync(REPORTS, { recursive: true, force: true });
	mkdirSync(REPORTS, { recursive: true });
	for (const page of LIGHTHOUSE_PAGES) {
		const url = `${server.origin}${site.root.base}${page.file.replace(/index\.html$/, '')}`;
		const started = Date.now();
		let result: LighthouseResult | undefined;
		let runs = 0;
		const scores: string[] = [];
		do {
			runs += 1;
			result = await runLighthouse(project, url, join(REPORTS, runs === 1 ? `${page.name}.json` : `${page.name}-run${runs}.json`));
			if (result) scores.push(result.categories.performance?.score?.toFixed(2) ?? '-');
		} while (result && shouldRerun(result, runs));
		const seconds = `${((Date.now() - started) / 1000).toFixed(0)} s`;
		if (!result) {
			failed = true;
			rows.push([page.name, '-', '-', '-', '-', 'FAIL', seconds, 'lighthouse did not finish']);
			continue;
		}
		const failures = lighthouseFailures(result);
		if (failures.length) failed = true;
		const note = runs > 1 ? `performance over ${runs} runs: ${scores.join(', ')}` : '';
		rows.push([page.name, ...scoreCells(result), failures.length ? 'FAIL' : 'ok', seconds, note]);
		for (const failure of failures) console.error(`${page.name} (${url}): ${failure}`);
	}
} finally {
	await server?.close();
}

const header = ['page', ...Object.keys(THRESHOLDS), '', 'time', ''];
const minimums = ['minimum', ...Object.values(THRESHOLDS).map((value) => value.toFixed(2)), '', '', ''];
const table = [header, minimums, ...rows];
const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
console.log(
	table
		.map((cells) =>
			cells
				.map((cell, column) => (cell ?? '').padEnd(widths[column]!))
				.join('  ')
				.trimEnd(),
		)
		.join('\n'),
);
console.log(`JSON reports: ${REPORTS}/ (a page run again has one report per run)`);
process.exit(failed ? 1 : 0);
