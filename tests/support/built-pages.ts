import { readdirSync } from 'node:fs';
import { relative } from 'node:path';

/** URL path of every HTML page in a build (404.html included), with the base path prepended. */
export function builtPagePaths(dist: string, base = '/'): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dist, `${entry.parentPath}/${entry.name}`).split('\\').join('/'))
		.map((file) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}
