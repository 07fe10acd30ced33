import { defineConfig } from 'vitest/config';

/**
 * Two layers, so the everyday one stays fast: `unit` is pure logic (`npm run test:unit`, under a
 * minute), `sites` runs real builds of fixture sites, Workbox and the benchmark at a small size
 * (`npm run test:sites`, a few minutes). `npx vitest run <file>` runs any one file of either.
 */
export default defineConfig({
	test: {
		environment: 'node',
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] } },
			// Each test sets its own long timeout: an `astro build` takes a minute on a busy machine.
			{ extends: true, test: { name: 'sites', include: ['tests/sites/**/*.test.ts'] } },
		],
	},
});
