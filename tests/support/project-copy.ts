import { execFileSync } from 'node:child_process';
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

/**
 * A copy of the project in `target`, with its own devops-path.config.json, changed the way a team
 * would (`prepare` runs commands or adds files in it) and built. No code is changed. Returns the
 * seconds the build took. `env` adds variables to the build's environment.
 */
export function buildProjectCopy(target: string, config: object, prepare: (run: Run) => void, env: Record<string, string> = {}): number {
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target);
	for (const part of projectParts) if (existsSync(join(root, part))) cpSync(join(root, part), join(target, part), { recursive: true });
	writeFileSync(join(target, CONFIG_FILE), `${JSON.stringify(config, null, '\t')}\n`);
	// Settings come from the config file alone, whatever the shell running the tests has set.
	const buildEnv = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DEVOPS_PATH_'))), ...env };
	const run: Run = (command, args) => {
		try {
			return execFileSync(command, args, { cwd: target, env: buildEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		} catch (error) {
			const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
			throw new Error(
				`${command} ${args.join(' ')} failed in ${target}:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n')}`,
			);
		}
	};
	prepare(run);
	const started = performance.now();
	run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
	return (performance.now() - started) / 1000;
}
