import { test as setup } from '@playwright/test';
import { buildTeamSite, teamSite } from '../support/team-site';

setup('build a team site: own config under /onboarding/, a section off, a lesson and quiz from npm run new', async () => {
	setup.setTimeout(600_000);
	const seconds = buildTeamSite();
	console.log(`Team site built in ${seconds.toFixed(1)} s (${teamSite})`);
});
