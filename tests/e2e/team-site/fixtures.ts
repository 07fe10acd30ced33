import { startNginx, type RunningNginx } from '../../support/nginx';
import { teamDist } from '../../support/team-site';
import { test as base } from '../fixtures';

/** Ports 8081 and up, one nginx per test worker. */
const FIRST_PORT = 8081;

/** The team site served by real nginx under /onboarding/; pages resolve against that base. */
export const test = base.extend<{ site: RunningNginx }, { nginx: RunningNginx }>({
	nginx: [
		async ({}, use, workerInfo) => {
			const server = await startNginx(teamDist, FIRST_PORT + workerInfo.parallelIndex);
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' },
	],
	site: async ({ nginx }, use) => use(nginx),
	baseURL: async ({ nginx }, use) => use(`${nginx.origin}${nginx.base}`),
});

export { expect } from '../fixtures';
