import { describe, expect, it } from 'vitest';
import { sitemapLocations, sitemapPagePaths, siteRootOf } from '../../scripts/gates/sitemap.ts';

const index = (...locations: string[]) =>
	`<?xml version="1.0"?><sitemapindex>${locations.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`;
const urlset = (...locations: string[]) =>
	`<?xml version="1.0"?><urlset>${locations.map((l) => `<url><loc>${l}</loc></url>`).join('')}</urlset>`;

describe('sitemap', () => {
	it('reads locations and decodes XML entities', () => {
		expect(sitemapLocations(urlset('https://a.example/x/?a=1&amp;b=2', 'https://a.example/y/'))).toEqual([
			'https://a.example/x/?a=1&b=2',
			'https://a.example/y/',
		]);
	});

	it('takes the origin and base path from where the sitemaps sit', () => {
		expect(siteRootOf(index('https://a.example/team/onboarding/sitemap-0.xml'))).toEqual({
			origin: 'https://a.example',
			base: '/team/onboarding/',
		});
	});

	it('lists the page paths of every sitemap in the index, reading each by its path in dist', () => {
		const files: Record<string, string> = {
			'sitemap-0.xml': urlset('https://a.example/base/', 'https://a.example/base/one/'),
			'sitemap-1.xml': urlset('https://a.example/base/two/', 'https://a.example/base/one/'),
		};
		const xml = index('https://a.example/base/sitemap-0.xml', 'https://a.example/base/sitemap-1.xml');
		expect(sitemapPagePaths(xml, (path) => files[path]!)).toEqual(['/base/', '/base/one/', '/base/two/']);
	});

	it('refuses a page outside the site and a sitemap with no page', () => {
		const xml = index('https://a.example/sitemap-0.xml');
		expect(() => sitemapPagePaths(xml, () => urlset('https://b.example/x/'))).toThrow(
			'page https://b.example/x/ is outside the site https://a.example/',
		);
		expect(() => sitemapPagePaths(xml, () => urlset())).toThrow('the sitemaps list no page');
		expect(() => siteRootOf(index())).toThrow('the sitemap index lists no sitemap');
	});
});
