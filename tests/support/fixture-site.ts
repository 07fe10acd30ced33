import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './content-files';

/** What a build of the site needs besides its content; everything else stays behind. */
const PROJECT_FILES = ['astro.config.mjs', 'content.config.ts', 'src', 'public', 'tsconfig.json', 'package.json'];
/** Caches inside node_modules that a build rewrites: never share them with the project. */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface FixtureBuild {
	/** The copy's folder; remove it with removeFixtureSite. */
	dir: string;
	/** Exit code of `astro build`, or null when it was killed. */
	code: number | null;
	/** stdout and stderr interleaved, without colour codes. */
	output: string;
	milliseconds: number;
}

/**
 * Hard links need the copy on the project's file system; use the system temp folder when it is
 * there, else test-results/ (git-ignored and left out of the type check).
 */
function scratchParent(): string {
	const system = tmpdir();
	if (statSync(system).dev === statSync(root).dev) return system;
	const local = join(root, 'test-results');
	mkdirSync(local, { recursive: true });
	return local;
}

/**
 * A copy of the site whose content is the given folders laid over each other (later ones win),
 * ready to build. node_modules is hard-linked, not copied (fast, no disk) and not symlinked
 * (Vite resolves a symlinked node_modules to the real path, outside the copy, and breaks).
 */
export async function copySite(contentLayers: readonly string[]): Promise<string> {
	const dir = mkdtempSync(join(scratchParent(), 'devops-path-site-'));
	for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
	for (const layer of contentLayers) cpSync(layer, dir, { recursive: true });
	const modules = join(dir, 'node_modules');
	mkdirSync(modules);
	const entries = readdirSync(join(root, 'node_modules')).filter((name) => !NODE_MODULES_CACHES.has(name));
	await promisify(execFile)('cp', ['-al', ...entries.map((name) => join(root, 'node_modules', name)), modules]);
	return dir;
}

/** Runs `astro build` in a copy made by copySite, on the Node running the tests (the project's own). */
export function buildSite(dir: string, env: Record<string, string> = {}, timeoutMs = 120_000): Promise<FixtureBuild> {
	const started = Date.now();
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !/^(DEVOPS_PATH_|VITEST|NODE_ENV$|FORCE_COLOR$)/.test(name)),
	);
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
			cwd: dir,
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
		const finish = (code: number | null) => {
			clearTimeout(timer);
			// Some loggers colour their output even with NO_COLOR set.
			resolve({ dir, code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), milliseconds: Date.now() - started });
		};
		child.on('error', (error) => {
			output += `\n[fixture-site] could not start astro build: ${error.message}\n`;
			finish(null);
		});
		child.on('close', finish);
	});
}

export function removeFixtureSite(dir: string) {
	if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
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
