import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPagePaths } from '../../scripts/gates/sitemap.ts';
import { interfaceLanguages } from '../../src/config/languages';

/** Every page path the built site's sitemap lists (with the base path), read from dist. */
export function builtPagePaths(dist = 'dist'): string[] {
	const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
	return sitemapPagePaths(index, (relativePath) => readFileSync(join(dist, relativePath), 'utf8'));
}

/**
 * The built pages in the default language. Pages in another language are the same pages with the
 * interface translated; spanish.spec.ts holds one page of each kind in Spanish to the same checks.
 */
export function defaultLanguagePagePaths(dist = 'dist', base = '/'): string[] {
	const prefixes = interfaceLanguages().map(({ locale }) => `${base}${locale}/`);
	return builtPagePaths(dist).filter((path) => !prefixes.some((prefix) => path.startsWith(prefix)));
}
