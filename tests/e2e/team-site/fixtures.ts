import { freePort } from '../../support/free-port';
import { startNginx, type RunningNginx } from '../../support/nginx';
import { teamDist } from '../../support/team-site';
import { test as base } from '../fixtures';

/** Tries at most this many free ports: another process may take one between the choice and nginx binding it. */
const ATTEMPTS = 3;

async function startOnFreePort(): Promise<RunningNginx> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await startNginx(teamDist, await freePort());
		} catch (error) {
			if (attempt >= ATTEMPTS) throw error;
		}
	}
}

/** The team site served by real nginx under /onboarding/; pages resolve against that base. */
export const test = base.extend<{ site: RunningNginx }, { nginx: RunningNginx }>({
	nginx: [
		// One nginx per test worker, on a port the operating system says is free.
		async ({}, use) => {
			const server = await startOnFreePort();
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' },
	],
	site: async ({ nginx }, use) => use(nginx),
	baseURL: async ({ nginx }, use) => use(`${nginx.origin}${nginx.base}`),
});

export { expect } from '../fixtures';
