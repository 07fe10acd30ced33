import { freePort } from '../support/free-port';
import { startNginx, type RunningNginx } from '../support/nginx';
import { test as base } from './fixtures';

/** Tries at most this many free ports: another process may take one between the choice and nginx binding it. */
const ATTEMPTS = 3;

async function startOnFreePort(dist: string): Promise<RunningNginx> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await startNginx(dist, await freePort());
		} catch (error) {
			if (attempt >= ATTEMPTS) throw error;
		}
	}
}

/** Tests against a copy of the site built into `dist`, served by real nginx; pages resolve against its base. */
export function servedSiteTest(dist: string) {
	return base.extend<{ site: RunningNginx }, { nginx: RunningNginx }>({
		nginx: [
			// One nginx per test worker, on a port the operating system says is free.
			// biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern; empty means none
			async ({}, use) => {
				const server = await startOnFreePort(dist);
				await use(server);
				await server.stop();
			},
			{ scope: 'worker' },
		],
		site: async ({ nginx }, use) => use(nginx),
		baseURL: async ({ nginx }, use) => use(`${nginx.origin}${nginx.base}`),
	});
}
