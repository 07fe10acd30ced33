#!/usr/bin/env node
/**
 * `npm test`: every test layer, each an npm script, stopping at the first that fails.
 * Layers start in the order below, the build as soon as lint passes since most layers wait for
 * it; two run at once where neither needs the other, since most layers keep one core busy and CI
 * has two. A layer that times pages (Lighthouse) or fills the
 * machine itself (the browser tests) runs alone. Output of a layer that shares the machine is held
 * and printed whole when it ends, so logs do not interleave. Prints how long each layer took.
 * `npm test -- links html` runs only the named layers. Plain Node with no dependencies, so it
 * starts the same everywhere.
 */
import { spawn } from 'node:child_process';

/**
 * `after`: layers that must pass first (those not asked for are taken as passed).
 * `alone`: runs with no other layer beside it.
 */
const LAYERS = [
	{ id: 'lint', script: 'lint', label: 'Lint and format (Biome)' },
	{ id: 'build', script: 'build', label: 'Build, content checks, starlight-links-validator', after: ['lint'] },
	{ id: 'types', script: 'check', label: 'Type check (astro check)' },
	{ id: 'unit', script: 'test:unit', label: 'Unit tests (Vitest): logic, gates and content, no builds' },
	{ id: 'sites', script: 'test:sites', label: 'Fixture-site builds, Workbox and the benchmark at a small size (Vitest)', after: ['unit'] },
	{ id: 'links', script: 'test:links', label: 'Links in dist, #fragments included', after: ['build'] },
	{ id: 'html', script: 'test:html', label: 'HTML validity (html-validate)', after: ['build'] },
	{ id: 'budgets', script: 'test:budgets', label: 'Bundle budgets against bare Starlight', after: ['build'] },
	{ id: 'lighthouse', script: 'test:lighthouse', label: 'Lighthouse, mobile profile', after: ['build'], alone: true },
	{ id: 'browser', script: 'test:e2e', label: 'Browser tests (Playwright), axe on every page', after: ['build'], alone: true },
];
/** Layers running at once: CI has two cores, and a third layer only slows the other two. */
const SLOTS = 2;

const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !LAYERS.some((layer) => layer.id === id));
if (unknown.length) {
	console.error(`Unknown layer(s): ${unknown.join(', ')}. Layers: ${LAYERS.map((layer) => layer.id).join(', ')}`);
	process.exit(2);
}
const layers = wanted.length ? LAYERS.filter((layer) => wanted.includes(layer.id)) : LAYERS;
const chosen = new Set(layers.map((layer) => layer.id));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** @type {Map<string, { seconds: number, outcome: string }>} */
const results = new Map();
/** @type {Map<string, { child: import('node:child_process').ChildProcess, started: number }>} */
const running = new Map();
const startedAt = performance.now();
let failed = false;

const passed = (id) => !chosen.has(id) || results.get(id)?.outcome === 'passed';
const waiting = () => layers.filter((layer) => !results.has(layer.id) && !running.has(layer.id));

/** The next layer that may start now, in list order; none while a layer that runs alone is running. */
function nextLayer() {
	if ([...running.keys()].some((id) => LAYERS.find((layer) => layer.id === id)?.alone)) return undefined;
	for (const layer of waiting()) {
		if (!(layer.after ?? []).every(passed)) continue;
		if (layer.alone) return running.size === 0 ? layer : undefined;
		return layer;
	}
	return undefined;
}

function start(layer) {
	// Streamed when nothing can run beside it; held otherwise.
	const streamed = layer.alone || layers.length === 1;
	const held = [];
	console.log(`\n━━ ${layer.label}: npm run ${layer.script}${streamed ? '' : ' (output when it ends)'}\n`);
	// Its own process group, so a failure elsewhere can stop the whole layer, browsers and servers included.
	const child = spawn(npm, ['run', '--silent', layer.script], {
		stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		detached: process.platform !== 'win32',
		env: streamed ? process.env : { FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...process.env },
	});
	child.stdout?.on('data', (chunk) => held.push(chunk));
	child.stderr?.on('data', (chunk) => held.push(chunk));
	running.set(layer.id, { child, started: performance.now() });
	child.on('error', (error) => finish(layer, held, `failed: ${error.message}`));
	child.on('close', (code, signal) => finish(layer, held, code === 0 ? 'passed' : `failed (exit ${code ?? signal})`));
}

function finish(layer, held, outcome) {
	const run = running.get(layer.id);
	if (!run || results.has(layer.id)) return;
	running.delete(layer.id);
	const stopped = failed && outcome !== 'passed';
	results.set(layer.id, { seconds: (performance.now() - run.started) / 1000, outcome: stopped ? 'stopped' : outcome });
	if (held.length) {
		console.log(`\n━━ ${layer.label}: output\n`);
		process.stdout.write(Buffer.concat(held));
	}
	if (!stopped) console.log(`\n━━ ${layer.id}: ${outcome} in ${results.get(layer.id).seconds.toFixed(1)} s`);
	if (outcome !== 'passed' && !failed) {
		failed = true;
		for (const [, other] of running) stopGroup(other.child);
	}
	schedule();
}

function stopGroup(child) {
	try {
		if (process.platform === 'win32') child.kill();
		else process.kill(-child.pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
}

function schedule() {
	if (!failed) {
		for (let layer = nextLayer(); layer && running.size < SLOTS; layer = nextLayer()) start(layer);
	}
	if (running.size === 0) report();
}

function report() {
	const rows = layers.map((layer) => {
		const result = results.get(layer.id);
		return [layer.id, layer.label, result ? `${result.seconds.toFixed(1)} s` : '', result?.outcome ?? 'not run'];
	});
	const wall = (performance.now() - startedAt) / 1000;
	rows.push(['total', 'from the first layer to the last (layers side by side overlap)', `${wall.toFixed(1)} s`, '']);
	const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
	console.log('\n━━ Test layers\n');
	for (const row of rows) {
		console.log(`${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padStart(widths[2])}  ${row[3]}`.trimEnd());
	}
	const failures = [...results.values()].filter((result) => result.outcome !== 'passed' && result.outcome !== 'stopped').length;
	const stopped = [...results.values()].filter((result) => result.outcome === 'stopped').length;
	const notRun = layers.length - results.size;
	console.log(
		`\nLayers: ${results.size - failures - stopped} passed, ${failures} failed${stopped ? `, ${stopped} stopped` : ''}${notRun ? `, ${notRun} not run` : ''}`,
	);
	process.exit(failures ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		for (const [, run] of running) stopGroup(run.child);
		process.exit(130);
	});
}

schedule();
