import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPagePaths } from '../../scripts/gates/sitemap.ts';

/** Every page path the built site's sitemap lists (with the base path), read from dist. */
export function builtPagePaths(dist = 'dist'): string[] {
	const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
	return sitemapPagePaths(index, (relativePath) => readFileSync(join(dist, relativePath), 'utf8'));
}
