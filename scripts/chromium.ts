import { chromium, type LaunchOptions } from '@playwright/test';
import { findChromium } from '../src/lib/print/chromium.ts';

/** The Chromium for browser tests, Lighthouse and the benchmark (see src/lib/print/chromium.ts); stops with both ways to get one when there is none. */
export function chromiumExecutable(): LaunchOptions {
	const lookup = findChromium({ bundledPath: chromium.executablePath() });
	if (!lookup.found) throw new Error(`The browser tests need Chromium. ${lookup.problem}`);
	return lookup.launch;
}
