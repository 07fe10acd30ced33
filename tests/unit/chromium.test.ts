import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findChromium } from '../../src/lib/print/chromium';

const only =
	(...paths: string[]) =>
	(path: string) =>
		paths.includes(path);

describe('findChromium', () => {
	it('uses CHROMIUM_PATH when the file exists', () => {
		expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, exists: only('/opt/chrome', '/usr/bin/chromium') })).toEqual({
			found: true,
			launch: { executablePath: '/opt/chrome', args: CHROMIUM_FLAGS },
		});
	});

	it('names a CHROMIUM_PATH that points nowhere instead of falling back', () => {
		const lookup = findChromium({ env: { CHROMIUM_PATH: '/missing/chromium' }, exists: only('/usr/bin/chromium') });
		expect(lookup).toEqual({ found: false, problem: 'CHROMIUM_PATH is set to /missing/chromium, but no file exists there.' });
	});

	it('falls back to the system Chromium, then to the one Playwright downloaded', () => {
		expect(findChromium({ env: {}, exists: only('/usr/bin/chromium-browser') })).toMatchObject({
			found: true,
			launch: { executablePath: '/usr/bin/chromium-browser' },
		});
		const bundled = findChromium({ env: {}, exists: only('/cache/ms-playwright/chrome'), bundledPath: '/cache/ms-playwright/chrome' });
		expect(bundled).toEqual({ found: true, launch: { args: CHROMIUM_FLAGS } });
	});

	it('says how to get one when there is none', () => {
		const lookup = findChromium({ env: {}, exists: () => false, bundledPath: '/cache/ms-playwright/chrome' });
		expect(lookup.found).toBe(false);
		expect(!lookup.found && lookup.problem).toMatch(/apt-get install chromium.*CHROMIUM_PATH.*npx playwright install chromium/);
	});
});
