import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reuseExistingServer } from '../support/web-server';

describe('the browser tests and a server already on their port', () => {
	it('do not reuse it unless DEVOPS_PATH_REUSE_SERVER=1 asks for it, in CI or not', () => {
		expect(reuseExistingServer({})).toBe(false);
		expect(reuseExistingServer({ CI: 'true' })).toBe(false);
		expect(reuseExistingServer({ DEVOPS_PATH_REUSE_SERVER: 'true' })).toBe(false);
		expect(reuseExistingServer({ DEVOPS_PATH_REUSE_SERVER: '1' })).toBe(true);
	});

	it('the Playwright config takes that choice for its web server', () => {
		// The config cannot be imported here: it stops when dist/ has no build, and the unit layer runs before the build.
		const config = readFileSync(new URL('../../playwright.config.ts', import.meta.url), 'utf8');
		expect(config).toContain('reuseExistingServer: reuseExistingServer(process.env),');
	});
});
