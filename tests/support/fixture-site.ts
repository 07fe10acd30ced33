import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { root } from './content-files';

/** What a build of the site needs besides its content and packages. */
// The English interface strings are part of the site's code; other languages stay out, as each would add a copy of every page.
const PROJECT_FILES = ['astro.config.mjs', 'content.config.ts', 'src', 'public', 'tsconfig.json', 'package.json', 'content/i18n/en.json'];
/** Caches inside node_modules that builds write: never shared with the project or between copies. */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface FixtureBuild {
	/** Exit code of `astro build`, or null when it was killed or never started. */
	code: number | null;
	/** stdout and stderr interleaved, without colour codes. */
	output: string;
	milliseconds: number;
}

/**
 * A scratch folder holding copies of the site with other content, built with `astro build`.
 * The copies sit side by side under one node_modules, hard-linked from the project's: Node finds
 * packages by walking up, linking costs no disk, and each copy keeps its own caches in its own
 * node_modules. (A symlinked node_modules does not work: Vite resolves it to the real path,
 * outside the copy, and the build breaks.)
 */
export interface Scratch {
	dir: string;
	/** A copy of the site named `name` whose content is `contentLayers` laid over each other, later ones winning. */
	copySite(name: string, contentLayers: readonly string[]): string;
	/** Runs `astro build` in a copy on the Node running the tests (the project's own). */
	build(siteDir: string, env?: Record<string, string>, timeoutMs?: number): Promise<FixtureBuild>;
	remove(): Promise<void>;
}

/** Hard links need the scratch folder on the project's file system: the system temp folder, else test-results/. */
function scratchParent(): string {
	const system = tmpdir();
	if (statSync(system).dev === statSync(root).dev) return system;
	const local = join(root, 'test-results');
	mkdirSync(local, { recursive: true });
	return local;
}

export async function createScratch(): Promise<Scratch> {
	const dir = mkdtempSync(join(scratchParent(), 'devops-path-sites-'));
	const modules = join(dir, 'node_modules');
	mkdirSync(modules);
	const packages = readdirSync(join(root, 'node_modules')).filter((name) => !NODE_MODULES_CACHES.has(name));
	await promisify(execFile)('cp', ['-al', ...packages.map((name) => join(root, 'node_modules', name)), modules]);
	const astro = join(modules, 'astro', 'bin', 'astro.mjs');
	return {
		dir,
		copySite(name, contentLayers) {
			const site = join(dir, name);
			for (const file of PROJECT_FILES) cpSync(join(root, file), join(site, file), { recursive: true });
			for (const layer of contentLayers) cpSync(layer, site, { recursive: true });
			return site;
		},
		build: (siteDir, env = {}, timeoutMs = 120_000) => runBuild(astro, siteDir, env, timeoutMs),
		remove: () => rm(dir, { recursive: true, force: true }),
	};
}

function runBuild(astro: string, siteDir: string, env: Record<string, string>, timeoutMs: number): Promise<FixtureBuild> {
	const started = Date.now();
	// The site's settings come from DEVOPS_PATH_* only as the caller gives them; the test runner's own variables stay out.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !/^(DEVOPS_PATH_|VITEST|NODE_ENV$|FORCE_COLOR$)/.test(name)),
	);
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [astro, 'build'], {
			cwd: siteDir,
			env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const timer = setTimeout(() => {
			output += `\n[fixture-site] astro build did not finish in ${timeoutMs} ms; killed\n`;
			child.kill('SIGKILL');
		}, timeoutMs);
		let finished = false;
		const finish = (code: number | null) => {
			if (finished) return;
			finished = true;
			clearTimeout(timer);
			// Some loggers colour their output even with NO_COLOR set.
			resolve({ code, output: stripVTControlCharacters(output), milliseconds: Date.now() - started });
		};
		child.on('error', (error) => {
			output += `\n[fixture-site] could not start astro build: ${error.message}\n`;
			finish(null);
		});
		child.on('close', finish);
	});
}

/** Runs tasks at most `limit` at a time, in the order they were given. */
export function limitConcurrency(limit: number) {
	let running = 0;
	const waiting: (() => void)[] = [];
	return async <T>(task: () => Promise<T>): Promise<T> => {
		if (running < limit) running++;
		// A finishing task hands its slot straight to the next one waiting.
		else await new Promise<void>((resolve) => waiting.push(resolve));
		try {
			return await task();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else running--;
		}
	};
}
