import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './scripts/chromium';
import { reuseExistingServer } from './tests/support/web-server';

const port = Number(process.env.DEVOPS_PATH_TEST_PORT ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Tests wait on the browser most of the time, so two workers pay off even on two cores.
	workers: Math.max(2, Math.floor(availableParallelism() / 2)),
	// One retry in CI absorbs a rare timing flake on a busy machine; a real failure fails both tries.
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: chromiumExecutable(),
		// Each test's fresh browser would otherwise precache the whole site (about 30 MB) in the
		// background; the offline tests allow the worker for themselves.
		serviceWorkers: 'block',
	},
	// Projects start in this order: the two builds first, so they run beside the page tests instead
	// of after them, where the team site's build (with its PDF) and tests were a tail of minutes
	// with one worker busy.
	projects: [
		// A team's copy of the site, built under /onboarding/ and served by real nginx (tests/support/nginx.ts).
		{ name: 'team-site build', testMatch: 'team-site.setup.ts' },
		// A copy of the site with a pseudo-language: every interface string must show translated.
		// Built without Chromium, it also stands for a machine that has none.
		{ name: 'pseudo-site build', testMatch: 'pseudo-site.setup.ts' },
		{
			name: 'chromium',
			testIgnore: ['team-site/**', 'pseudo-site/**', '*.setup.ts', 'labs-latency.spec.ts'],
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumExecutable() },
		},
		// Timed after the other tests so their load on the machine does not count against the lab's shell.
		{
			name: 'latency',
			testMatch: 'labs-latency.spec.ts',
			dependencies: ['chromium'],
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumExecutable() },
		},
		{
			name: 'team-site',
			testMatch: 'team-site/**/*.spec.ts',
			dependencies: ['team-site build'],
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumExecutable() },
		},
		{
			name: 'pseudo-site',
			testMatch: 'pseudo-site/**/*.spec.ts',
			dependencies: ['pseudo-site build'],
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumExecutable() },
		},
	],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		// Playwright stops with "port already used" when a server it did not start holds the port.
		reuseExistingServer: reuseExistingServer(process.env),
		timeout: 60_000,
	},
});

if (!existsSync('dist/index.html')) {
	throw new Error('No built site in dist/: run `npm run build` before the browser tests (`npm test` does both).');
}
