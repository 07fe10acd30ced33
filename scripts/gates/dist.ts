import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readPage, type PageFacts } from './html.ts';
import { siteRootOf, type SiteRoot } from './sitemap.ts';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** A built site: its root address (from its sitemap index) and its files. */
export interface BuiltSite {
	dir: string;
	root: SiteRoot;
	files: Set<string>;
	html: string[];
}

export function readBuiltSite(dir: string): BuiltSite {
	const index = join(dir, 'sitemap-index.xml');
	if (!existsSync(index)) throw new Error(`${index} does not exist: build the site first (npm run build)`);
	const files = listFiles(dir);
	return {
		dir,
		root: siteRootOf(readFileSync(index, 'utf8')),
		files: new Set(files),
		html: files.filter((file) => file.endsWith('.html')),
	};
}

export function readPages(site: BuiltSite): Map<string, PageFacts> {
	return new Map(site.html.map((file) => [file, readPage(readFileSync(join(site.dir, file), 'utf8'))]));
}
