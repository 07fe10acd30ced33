import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/content-files';
import { createScratch, limitConcurrency, type FixtureBuild, type Scratch } from '../support/fixture-site';

/**
 * The build's Content-Security-Policy check reads pages with an HTML parser: a lesson whose title
 * and text hold `<script>alert(1)</script>` as text builds, and a real inline script the policy
 * does not allow still fails the build, naming the page and the script.
 */
const FIXTURES = join(root, 'tests', 'fixtures');
const SECTIONS = 'start-here,fundamentals';
const BUILD_TIMEOUT = 120_000;

const runLimited = limitConcurrency(2);
const builds = new Map<string, Promise<FixtureBuild & { site: string }>>();
let scratch: Scratch | undefined;

beforeAll(async () => {
	scratch = await createScratch();
	for (const name of ['script-looking-text', 'inline-script']) {
		const site = scratch.copySite(name, [join(FIXTURES, 'bad-content', 'base'), join(FIXTURES, 'policy', name)]);
		builds.set(
			name,
			runLimited(async () => ({ site, ...(await scratch!.build(site, { DEVOPS_PATH_SECTIONS: SECTIONS }, BUILD_TIMEOUT)) })),
		);
	}
}, 60_000);

afterAll(async () => {
	await Promise.allSettled(builds.values());
	await scratch?.remove();
}, BUILD_TIMEOUT * 2);

describe('the policy check of built pages', () => {
	it('passes text, titles and attributes that merely look like a script tag', { timeout: BUILD_TIMEOUT * 2 }, async () => {
		const { code, output, site } = await builds.get('script-looking-text')!;
		expect(code, output).toBe(0);
		const page = readFileSync(join(site, 'dist', 'fundamentals', 'index.html'), 'utf8');
		expect(page).toContain('Escaping &lt;script&gt;alert(1)&lt;/script&gt; in templates</h1>');
		// The copy button keeps the code in an attribute, unescaped: text a pattern would take for a script.
		expect(page).toContain('data-code="<script>alert(1)</script>"');
	});

	it('fails on a real inline script the policy does not allow, naming the page and the script', {
		timeout: BUILD_TIMEOUT * 2,
	}, async () => {
		const { code, output } = await builds.get('inline-script')!;
		expect(code, output).not.toBe(0);
		expect(code, output).not.toBeNull();
		expect(output).toMatch(/fundamentals\/index\.html: blocks its inline script sha256-\S+ starting "console\.log\('not in the policy'\)"/);
	});
});
