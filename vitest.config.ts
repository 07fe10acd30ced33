import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// tests/build runs real `astro build`s of fixture sites; each sets its own long timeout.
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
	},
});
