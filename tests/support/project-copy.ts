import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE } from '../../src/config/site';
import { root } from './content-files';

/** What the project is made of: everything a team's repository holds except tests and outputs. */
const projectParts = [
	'astro.config.mjs',
	'content.config.ts',
	'package.json',
	'tsconfig.json',
	'content',
	'public',
	'scripts',
	'src',
	'deploy',
];

export type Run = (command: string, args: string[]) => string;

/** Where a copy keeps the output of its build, for tests that read what the build said. */
export const buildLogFile = (target: string) => join(target, 'build.log');

/**
 * A copy of the project in `target`, with its own devops-path.config.json, changed the way a team
 * would (`prepare` runs commands or adds files in it) and built. No code is changed. Returns the
 * seconds the build took and keeps what it printed in build.log. `env` adds variables to the build's environment.
 */
export function buildProjectCopy(target: string, config: object, prepare: (run: Run) => void, env: Record<string, string> = {}): number {
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target);
	for (const part of projectParts) if (existsSync(join(root, part))) cpSync(join(root, part), join(target, part), { recursive: true });
	writeFileSync(join(target, CONFIG_FILE), `${JSON.stringify(config, null, '\t')}\n`);
	// Settings come from the config file alone, whatever the shell running the tests has set.
	const buildEnv = {
		...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DEVOPS_PATH_'))),
		NO_COLOR: '1',
		...env,
	};
	/** Runs a command in the copy and returns everything it printed, stdout then stderr. */
	const run: Run = (command, args) => {
		const result = spawnSync(command, args, { cwd: target, env: buildEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim();
		if (result.status !== 0) {
			const why = result.error?.message ?? `exit ${result.status ?? result.signal}`;
			throw new Error(`${command} ${args.join(' ')} failed in ${target} (${why}):\n${output.split('\n').slice(-40).join('\n')}`);
		}
		return output;
	};
	prepare(run);
	const started = performance.now();
	const output = run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
	const seconds = (performance.now() - started) / 1000;
	writeFileSync(buildLogFile(target), `${output}\n`);
	return seconds;
}
