import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sections } from '../../src/config/sections';
import { CONFIG_FILE } from '../../src/config/site';
import { root } from './content-files';

/**
 * A team's onboarding wiki, made the way the Contribute section says: a copy of the project with
 * its own devops-path.config.json (served under /onboarding/, one section switched off), plus a
 * lesson and a quiz made with `npm run new`. No code is changed.
 */
export const teamSite = join(root, '.team-site');
export const teamDist = join(teamSite, 'dist');

export const HIDDEN_SECTION = 'growth';
export const teamConfig = {
	url: 'https://wiki.acme.example/onboarding/',
	title: 'Acme onboarding',
	id: 'acme-onboarding',
	editUrl: 'https://git.acme.example/wiki/-/edit/main/',
	sections: sections.map((section) => section.id).filter((id) => id !== HIDDEN_SECTION),
};
export const newLesson = { path: 'fundamentals/dns-basics', title: 'DNS basics', key: 'fundamentals-dns-basics' };

/** What the project is made of: everything a team's repository holds except tests and outputs. */
const projectParts = ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'content', 'public', 'scripts', 'src', 'deploy'];

/** Builds the team site into .team-site/dist; returns the seconds the build took. */
export function buildTeamSite(): number {
	rmSync(teamSite, { recursive: true, force: true });
	mkdirSync(teamSite);
	for (const part of projectParts) if (existsSync(join(root, part))) cpSync(join(root, part), join(teamSite, part), { recursive: true });
	writeFileSync(join(teamSite, CONFIG_FILE), `${JSON.stringify(teamConfig, null, '\t')}\n`);
	// Settings come from the config file alone, whatever the shell running the tests has set.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DEVOPS_PATH_')));
	const run = (command: string, args: string[]) => {
		try {
			return execFileSync(command, args, { cwd: teamSite, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		} catch (error) {
			const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
			throw new Error(`${command} ${args.join(' ')} failed in ${teamSite}:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n')}`);
		}
	};
	run('npm', ['run', '--silent', 'new', '--', 'lesson', newLesson.path, '--title', newLesson.title]);
	run('npm', ['run', '--silent', 'new', '--', 'quiz', newLesson.key]);
	const started = performance.now();
	run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
	return (performance.now() - started) / 1000;
}
