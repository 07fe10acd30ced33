#!/usr/bin/env node
/**
 * `npm test`: every test layer in order, each an npm script, stopping at the first that fails.
 * Prints how long each layer took. `npm test -- links html` runs only the named layers.
 * Plain Node with no dependencies, so it starts the same everywhere.
 */
import { spawnSync } from 'node:child_process';

const LAYERS = [
	{ id: 'lint', script: 'lint', label: 'Lint and format (Biome)' },
	{ id: 'types', script: 'check', label: 'Type check (astro check)' },
	{ id: 'unit', script: 'test:unit', label: 'Unit tests (Vitest): logic, gates and content, no builds' },
	{ id: 'build', script: 'build', label: 'Build, content checks, starlight-links-validator' },
	{ id: 'links', script: 'test:links', label: 'Links in dist, #fragments included' },
	{ id: 'html', script: 'test:html', label: 'HTML validity (html-validate)' },
	{ id: 'budgets', script: 'test:budgets', label: 'Bundle budgets against bare Starlight' },
	{ id: 'sites', script: 'test:sites', label: 'Fixture-site builds, Workbox and the benchmark at a small size (Vitest)' },
	// Before the browser tests: Lighthouse times pages, and the machine is quiet before 300 browser tests, not while they wind down.
	{ id: 'lighthouse', script: 'test:lighthouse', label: 'Lighthouse, mobile profile' },
	{ id: 'browser', script: 'test:e2e', label: 'Browser tests (Playwright), axe on every page' },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !LAYERS.some((layer) => layer.id === id));
if (unknown.length) {
	console.error(`Unknown layer(s): ${unknown.join(', ')}. Layers: ${LAYERS.map((layer) => layer.id).join(', ')}`);
	process.exit(2);
}
const layers = wanted.length ? LAYERS.filter((layer) => wanted.includes(layer.id)) : LAYERS;

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = [];
for (const [i, layer] of layers.entries()) {
	console.log(`\n━━ [${i + 1}/${layers.length}] ${layer.label}: npm run ${layer.script}\n`);
	const started = performance.now();
	const run = spawnSync(npm, ['run', '--silent', layer.script], { stdio: 'inherit' });
	const seconds = (performance.now() - started) / 1000;
	const passed = run.status === 0;
	results.push({
		layer,
		seconds,
		outcome: passed ? 'passed' : run.error ? `failed: ${run.error.message}` : `failed (exit ${run.status ?? run.signal})`,
	});
	if (!passed) break;
}

const rows = layers.map((layer) => {
	const result = results.find((r) => r.layer === layer);
	return [layer.id, layer.label, result ? `${result.seconds.toFixed(1)} s` : '', result?.outcome ?? 'not run'];
});
const total = results.reduce((sum, r) => sum + r.seconds, 0);
rows.push(['total', '', `${total.toFixed(1)} s`, '']);
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
console.log('\n━━ Test layers\n');
for (const row of rows) {
	console.log(`${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padStart(widths[2])}  ${row[3]}`.trimEnd());
}
const failed = results.filter((r) => r.outcome !== 'passed').length;
console.log(
	`\nLayers: ${results.length - failed} passed, ${failed} failed${results.length < layers.length ? `, ${layers.length - results.length} not run` : ''}`,
);
process.exit(failed ? 1 : 0);
