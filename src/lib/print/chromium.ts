import { existsSync } from 'node:fs';

/** Flags that keep Debian's Chromium quiet on a machine with no outside network. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Launch options for Playwright's `chromium.launch()`; no executablePath means Playwright's own browser. */
export interface ChromiumLaunch {
	executablePath?: string;
	args: string[];
}

export type ChromiumLookup = { found: true; launch: ChromiumLaunch } | { found: false; problem: string };

export interface ChromiumSearch {
	env?: Record<string, string | undefined>;
	exists?: (path: string) => boolean;
	/** Where Playwright keeps the browser `npx playwright install chromium` downloads, when Playwright is installed. */
	bundledPath?: string;
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const HOW_TO_GET_CHROMIUM =
	'install the system one (Debian/Ubuntu: `sudo apt-get install chromium`; it is used from /usr/bin/chromium, ' +
	"or point CHROMIUM_PATH at any Chromium binary), or download Playwright's own with `npx playwright install chromium`";

/**
 * The Chromium the browser tests and the study-guide PDF use: $CHROMIUM_PATH if set, else the
 * system one, else the one Playwright downloaded. Shared so the build and the tests agree.
 */
export function findChromium({ env = process.env, exists = existsSync, bundledPath }: ChromiumSearch = {}): ChromiumLookup {
	const chosen = env.CHROMIUM_PATH;
	if (chosen) {
		return exists(chosen)
			? { found: true, launch: { executablePath: chosen, args: CHROMIUM_FLAGS } }
			: { found: false, problem: `CHROMIUM_PATH is set to ${chosen}, but no file exists there.` };
	}
	const system = SYSTEM_PATHS.find((path) => exists(path));
	if (system) return { found: true, launch: { executablePath: system, args: CHROMIUM_FLAGS } };
	if (bundledPath && exists(bundledPath)) return { found: true, launch: { args: CHROMIUM_FLAGS } };
	return { found: false, problem: `No Chromium found: ${HOW_TO_GET_CHROMIUM}.` };
}
