import { createRequire } from 'node:module';

type Chromium = typeof import('@playwright/test')['chromium'];

/**
 * Playwright's Chromium launcher, or undefined when Playwright (a dev dependency) is not installed.
 * Loaded with Node's own require: Astro runs integrations in a module runner that is already
 * closed when the build hooks run, so a dynamic import() there fails.
 */
export function loadChromiumLauncher(): Chromium | undefined {
	try {
		return (createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test')).chromium;
	} catch {
		return undefined;
	}
}
