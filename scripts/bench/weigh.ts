/**
 * What a built site weighs: the whole dist folder, the Pagefind index, and per page the HTML and
 * the JavaScript and CSS a browser loads with it (raw and gzip).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COURSE_OUTLINE_FILE } from './progress-data.ts';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	html: Bytes;
	/** JavaScript run on load: external files with their static imports, plus inline scripts. */
	js: Bytes & { external: Bytes; inline: Bytes };
	/** Stylesheets: linked files plus inline <style>. */
	css: Bytes & { external: Bytes; inline: Bytes };
	/** What a first visit downloads: the HTML (inline parts included) plus linked JS and CSS files. */
	total: Bytes;
}

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

const add = (...parts: Bytes[]): Bytes => ({ raw: sum(parts.map((p) => p.raw)), gzip: sum(parts.map((p) => p.gzip)) });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
export const bytesOf = (text: string | Buffer): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });

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
	const pagefind = files.filter((path) => path.startsWith(join(dist, 'pagefind') + '/'));
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

const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Weighs one page of a site built at the root path, e.g. "lifecycle/plan/index.html". */
export function weighPage(dist: string, page: string): PageWeight {
	const html = readFileSync(join(dist, page), 'utf8');
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
	const inlineJs = scripts
		.filter(([, attrs]) => !attr(attrs!, 'src') && ['', 'module', 'text/javascript'].includes(attr(attrs!, 'type') ?? ''))
		.map(([, , body]) => body!)
		.join('\n');
	const scriptFiles = scripts.flatMap(([, attrs]) => (attr(attrs!, 'src') ? [attr(attrs!, 'src')!] : []));
	const preloads = [...html.matchAll(/<link\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => attr(tag, 'rel') === 'modulepreload');
	const stylesheets = [...html.matchAll(/<link\b[^>]*>/gi)]
		.map(([tag]) => tag)
		.filter((tag) => attr(tag, 'rel') === 'stylesheet')
		.map((tag) => attr(tag, 'href')!);
	const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => body!).join('\n');

	const jsFiles = withStaticImports(dist, [...scriptFiles, ...preloads.map((tag) => attr(tag, 'href')!)]);
	const externalJs = add(...jsFiles.map((file) => bytesOf(readFileSync(file))));
	const externalCss = add(...stylesheets.map((href) => bytesOf(readFileSync(fileOf(dist, href)))));
	const inline = { js: inlineJs ? bytesOf(inlineJs) : { raw: 0, gzip: 0 }, css: inlineCss ? bytesOf(inlineCss) : { raw: 0, gzip: 0 } };
	const htmlBytes = bytesOf(html);
	return {
		html: htmlBytes,
		js: { ...add(externalJs, inline.js), external: externalJs, inline: inline.js },
		css: { ...add(externalCss, inline.css), external: externalCss, inline: inline.css },
		total: add(htmlBytes, externalJs, externalCss),
	};
}

function fileOf(dist: string, href: string): string {
	const path = new URL(href, 'http://site/').pathname;
	return join(dist, decodeURIComponent(path));
}

/** Script files and everything they import statically; dynamic import() loads later and is left out. */
function withStaticImports(dist: string, hrefs: string[]): string[] {
	const seen = new Set<string>();
	const queue = hrefs.map((href) => fileOf(dist, href));
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const [, specifier] of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
			queue.push(join(posix.dirname(file), specifier!));
		}
	}
	return [...seen];
}
