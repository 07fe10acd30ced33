import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CACHE, HASHED_ASSETS_CACHE, securityHeaders } from '../../../src/config/security-headers';
import { metaPolicy } from '../../../src/lib/hosting/csp';
import { headerPolicy } from '../../../src/lib/hosting/deploy-headers';
import { teamDist } from '../../support/team-site';
import { expect, test } from './fixtures';

const builtPolicy = () => metaPolicy(readFileSync(join(teamDist, 'index.html'), 'utf8'))!;

test('every response carries the security headers, with the built policy plus frame-ancestors', async ({ request, site }) => {
	const page = await request.get(`${site.origin}/onboarding/lifecycle/`);
	expect(page.status()).toBe(200);
	const headers = page.headers();
	expect(headers['content-security-policy']).toBe(headerPolicy(builtPolicy()));
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], name).toBe(value);
	expect(headers['cache-control']).toBe(DEFAULT_CACHE);
	expect(headers.server).toBe('nginx');
});

test('hashed assets are cached for a year, and keep the security headers', async ({ request, site }) => {
	const html = await (await request.get(`${site.origin}/onboarding/`)).text();
	const asset = /(?:href|src)="(\/onboarding\/_astro\/[^"]+)"/.exec(html)![1]!;
	const response = await request.get(`${site.origin}${asset}`);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe(HASHED_ASSETS_CACHE);
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['content-security-policy']).toBe(headerPolicy(builtPolicy()));
});

test('an unknown address gets the site 404 page with status 404 and the headers', async ({ request, site }) => {
	// Fetched rather than opened: a browser logs every 404 document as a console error.
	const response = await request.get(`${site.origin}/onboarding/no-such-page/`);
	expect(response.status()).toBe(404);
	expect(response.headers()['content-security-policy']).toBe(headerPolicy(builtPolicy()));
	const html = await response.text();
	expect(html).toBe(readFileSync(join(teamDist, '404.html'), 'utf8'));
	expect(html).toMatch(/<title>404 \| Acme onboarding<\/title>/);
});

test('the base path without its slash and a folder without its slash redirect, keeping the host', async ({ request, site }) => {
	for (const [from, to] of [
		['/onboarding', '/onboarding/'],
		['/onboarding/lifecycle', '/onboarding/lifecycle/'],
	]) {
		const response = await request.get(`${site.origin}${from}`, { maxRedirects: 0 });
		expect(response.status(), from).toBe(301);
		expect(response.headers().location, from).toBe(to);
	}
});

test('only the base path is served', async ({ request, site }) => {
	expect((await request.get(`${site.origin}/`)).status()).toBe(404);
	expect((await request.get(`${site.origin}/lifecycle/`)).status()).toBe(404);
});

test('the nginx config the tests run is the one `npm run deploy:nginx` writes', async ({ site }) => {
	expect(site.siteConfig).toContain('location ^~ /onboarding/_astro/ {');
	expect(site.siteConfig).toContain('error_page 404 /onboarding/404.html;');
	expect(site.siteConfig).not.toMatch(/\{\{|\n##/);
});
