import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/**
 * A build on a machine without Chromium: it must still succeed, say once why there is no PDF and
 * how to get one, and the guide must offer only the browser's print. Builds the site again into
 * a temporary folder with CHROMIUM_PATH pointing at nothing.
 */
test('without Chromium the build succeeds, warns once and the guide offers the browser’s print only', async () => {
	test.setTimeout(300_000);
	const out = mkdtempSync(join(tmpdir(), 'devops-path-no-chromium-'));
	try {
		const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
			env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', NO_COLOR: '1' },
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		const log = `${build.stdout}\n${build.stderr}`;
		expect(build.status, log.slice(-3000)).toBe(0);
		const warnings = log.split('\n').filter((line) => line.includes('No PDF of the study guide'));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('CHROMIUM_PATH is set to /nonexistent/chromium, but no file exists there.');

		expect(readdirSync(join(out, 'study-guide')).filter((file) => file.endsWith('.pdf'))).toEqual([]);
		const guide = readFileSync(join(out, 'study-guide', 'all', 'index.html'), 'utf8');
		expect(guide).toContain('<dp-print-button');
		for (const page of [guide, readFileSync(join(out, 'study-guide', 'index.html'), 'utf8')]) {
			// A link to a PDF, not any mention of one: lessons quote files such as invoice-1042.pdf.
			expect(page).not.toMatch(/<a\b[^>]*\bhref="[^"]*\.pdf"/);
			expect(page).not.toContain('Download the whole guide');
		}
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});
