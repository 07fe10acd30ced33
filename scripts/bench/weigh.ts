/**
 * What a built site weighs: the whole dist folder, the Pagefind index, the service worker and the
 * course outline. Pages are weighed by the budget gate's weigher (scripts/gates/weigh.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { bytesOf, type Bytes } from '../gates/weigh.ts';
import { COURSE_OUTLINE_FILE } from './progress-data.ts';

export interface SiteWeight {
	distBytes: number;
	distFiles: number;
	htmlPages: number;
	/** The search index Pagefind writes (index, fragments, filters, metadata), without its UI and runtime. */
	pagefindIndexBytes: number;
	pagefindBytes: number;
	/** The offline copy's service worker (sw.js), which every page registers; absent in bare Starlight. */
	serviceWorker: Bytes | null;
	/** The course outline the progress pages load (course-outline.json); absent in bare Starlight. */
	courseOutline: Bytes | null;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

const PAGEFIND_RUNTIME = /^pagefind[-.a-z]*\.(js|css)$|^wasm\./;
const SERVICE_WORKER = 'sw.js';

export function weighSite(dist: string): SiteWeight {
	const files = walk(dist);
	const size = (paths: string[]) => sum(paths.map((path) => statSync(path).size));
	const pagefind = files.filter((path) => path.startsWith(`${join(dist, 'pagefind')}/`));
	const fileBytes = (file: string) => (existsSync(join(dist, file)) ? bytesOf(readFileSync(join(dist, file))) : null);
	return {
		distBytes: size(files),
		distFiles: files.length,
		htmlPages: files.filter((path) => path.endsWith('.html')).length,
		pagefindIndexBytes: size(pagefind.filter((path) => !PAGEFIND_RUNTIME.test(posix.basename(path)))),
		pagefindBytes: size(pagefind),
		serviceWorker: fileBytes(SERVICE_WORKER),
		courseOutline: fileBytes(COURSE_OUTLINE_FILE),
	};
}
