import { join } from 'node:path';
import { sections } from '../../src/config/sections';
import { root } from './content-files';
import { buildProjectCopy } from './project-copy';

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

/** Builds the team site into .team-site/dist; returns the seconds the build took. */
export function buildTeamSite(): number {
	return buildProjectCopy(teamSite, teamConfig, (run) => {
		run('npm', ['run', '--silent', 'new', '--', 'lesson', newLesson.path, '--title', newLesson.title]);
		run('npm', ['run', '--silent', 'new', '--', 'quiz', newLesson.key]);
	});
}
