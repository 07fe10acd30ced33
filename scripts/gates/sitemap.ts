import { decodeXML } from 'entities';

/** Where the built site lives: its origin and its base path (always with both slashes). */
export interface SiteRoot {
	origin: string;
	base: string;
}

/** The <loc> values of a sitemap or sitemap index, in order. */
export function sitemapLocations(xml: string): string[] {
	return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((match) => decodeXML(match[1]!));
}

/**
 * The site's origin and base, read from the sitemap index: the sitemaps it lists sit in the
 * base folder, so this follows whatever `site` and `base` the build used.
 */
export function siteRootOf(indexXml: string): SiteRoot {
	const first = sitemapLocations(indexXml)[0];
	if (!first) throw new Error('the sitemap index lists no sitemap');
	const url = new URL(first);
	return { origin: url.origin, base: url.pathname.replace(/[^/]*$/, '') };
}

/**
 * Every page path (with the base, e.g. `/lessons/git/`) listed by the sitemaps of a sitemap index.
 * `readSitemap` gets a sitemap's path relative to the base folder (where it is in dist).
 * Throws when a location lies outside the site or when no page is listed, so a broken sitemap
 * cannot turn into a test run over zero pages.
 */
export function sitemapPagePaths(indexXml: string, readSitemap: (relativePath: string) => string): string[] {
	const root = siteRootOf(indexXml);
	const inside = (location: string, what: string) => {
		const url = new URL(location);
		if (url.origin !== root.origin || !url.pathname.startsWith(root.base)) {
			throw new Error(`${what} ${location} is outside the site ${root.origin}${root.base}`);
		}
		return url.pathname;
	};
	const pages = sitemapLocations(indexXml).flatMap((sitemap) => {
		const xml = readSitemap(inside(sitemap, 'sitemap').slice(root.base.length));
		return sitemapLocations(xml).map((page) => inside(page, 'page'));
	});
	if (pages.length === 0) throw new Error('the sitemaps list no page');
	return [...new Set(pages)];
}
