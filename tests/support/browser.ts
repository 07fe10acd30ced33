import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Flags that keep Debian's Chromium quiet on a machine with no outside network. */
const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The Chromium to test with: $CHROMIUM_PATH if set, else the system one at /usr/bin/chromium,
 * else the one Playwright downloaded. Stops with both ways to get one when there is none.
 */
export function chromiumExecutable(): LaunchOptions {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
	const system = candidates.find((path) => existsSync(path));
	if (process.env.CHROMIUM_PATH && system !== process.env.CHROMIUM_PATH) {
		throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file exists there.`);
	}
	if (system) return { executablePath: system, args: QUIET_FLAGS };
	if (existsSync(chromium.executablePath())) return { args: QUIET_FLAGS };
	throw new Error(
		'No Chromium found for the browser tests. Either install the system one (Debian/Ubuntu: `sudo apt-get install chromium`, ' +
			'then it is used from /usr/bin/chromium, or point CHROMIUM_PATH at any Chromium binary), ' +
			"or download Playwright's own with `npx playwright install chromium`.",
	);
}
