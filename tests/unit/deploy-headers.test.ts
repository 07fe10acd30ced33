import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HASHED_ASSETS_CACHE, securityHeaders } from '../../src/config/security-headers';
import { headerPolicy, headersFile, readBuiltSite, responseHeaders } from '../../src/lib/hosting/deploy-headers';

const built = "default-src 'self';script-src 'self' 'sha256-abc='; style-src-attr 'unsafe-inline';";

describe('headers from the built policy', () => {
	it('adds what only a header can carry to the policy of the pages', () => {
		expect(headerPolicy(built)).toBe(
			"default-src 'self';script-src 'self' 'sha256-abc='; style-src-attr 'unsafe-inline'; frame-ancestors 'none'",
		);
	});

	it('sends the policy with the other security headers', () => {
		expect(responseHeaders(built)).toEqual([['Content-Security-Policy', headerPolicy(built)], ...Object.entries(securityHeaders)]);
		expect(Object.keys(securityHeaders)).toEqual([
			'X-Content-Type-Options',
			'Referrer-Policy',
			'Permissions-Policy',
			'Cross-Origin-Opener-Policy',
		]);
	});

	it('writes a _headers file with every header for all paths and long caching for hashed assets only', () => {
		const text = headersFile(built);
		const lines = text.split('\n');
		expect(lines[1]).toBe('/*');
		for (const [name, value] of responseHeaders(built)) expect(lines).toContain(`  ${name}: ${value}`);
		expect(text.endsWith(`/_astro/*\n  Cache-Control: ${HASHED_ASSETS_CACHE}\n`)).toBe(true);
		expect(text.match(/Cache-Control/g)).toHaveLength(1);
	});
});

describe('reading a build', () => {
	let dist: string;
	beforeEach(() => {
		dist = mkdtempSync(join(tmpdir(), 'devops-path-dist-'));
	});
	afterEach(() => rmSync(dist, { recursive: true, force: true }));

	it('finds the policy and the base path the site was built for', () => {
		writeFileSync(
			join(dist, 'index.html'),
			`<head><link rel="stylesheet" href="/onboarding/_astro/common.css"><meta http-equiv="content-security-policy" content="${built.replace(/'/g, '&#39;')}"></head>`,
		);
		expect(readBuiltSite(dist)).toEqual({ policy: built, base: '/onboarding/' });
	});

	it('explains what is missing', () => {
		expect(() => readBuiltSite(join(dist, 'nothing'))).toThrow('No built site in');
		mkdirSync(join(dist, 'a'));
		writeFileSync(join(dist, 'index.html'), '<head><link href="/_astro/x.css"></head>');
		expect(() => readBuiltSite(dist)).toThrow('has no Content-Security-Policy <meta> element');
		writeFileSync(join(dist, 'index.html'), `<head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>`);
		expect(() => readBuiltSite(dist)).toThrow('links to no file under _astro/');
	});
});
