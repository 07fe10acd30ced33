/**
 * What a built page costs to load: its HTML, and the JavaScript and CSS a browser fetches with it,
 * raw and gzip. One weigher for the budget gate (scripts/check-budgets.ts) and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPage } from './html.ts';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	html: Bytes;
	/** JavaScript run on load: external files and their static imports, each on its own, plus all inline scripts together. */
	js: Bytes & { external: Bytes; inline: Bytes };
	/** Stylesheets: linked files each on its own, plus all inline <style> together. */
	css: Bytes & { external: Bytes; inline: Bytes };
	/** What a first visit downloads: the HTML (inline parts included) plus linked JS and CSS files. */
	total: Bytes;
}

const NOTHING: Bytes = { raw: 0, gzip: 0 };

/** Gzip size in bytes, at zlib's default level (what static hosts typically serve). */
export function gzipSize(text: string | Buffer): number {
	return gzipSync(text).length;
}

export const bytesOf = (text: string | Buffer): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSize(text) });

const addBytes = (...parts: Bytes[]): Bytes =>
	parts.reduce((sum, part) => ({ raw: sum.raw + part.raw, gzip: sum.gzip + part.gzip }), NOTHING);

/**
 * Modules a JavaScript module imports statically: they load with it. Dynamic `import()` is left
 * out: such code loads later, on demand (Starlight's search UI, for example).
 */
export function staticImports(code: string): string[] {
	const specifiers = new Set<string>();
	const pattern =
		/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+\s*|\{[^}]*\}\s*)?(?:from\s*)?(["'])([^"'\n]+)\1/g;
	for (const match of code.matchAll(pattern)) specifiers.add(match[2]!);
	return [...specifiers];
}

/**
 * What a page costs to load. `load` returns the text of a same-site asset by its URL; it throws
 * for one that does not exist, so a missing file fails the gate instead of weighing nothing.
 * Other origins are not weighed (the site has none); a file linked twice counts once.
 */
export function pageWeight(html: string, pageUrl: URL, load: (url: URL) => string): PageWeight {
	const facts = readPage(html);
	const counted = new Set<string>();
	const externalJs: Bytes[] = [];
	const addModule = (url: URL) => {
		if (counted.has(url.href) || url.origin !== pageUrl.origin) return;
		counted.add(url.href);
		const code = load(url);
		externalJs.push(bytesOf(code));
		for (const specifier of staticImports(code)) {
			if (/^\.{0,2}\//.test(specifier)) addModule(new URL(specifier, url));
		}
	};
	const inlineJs: string[] = [];
	for (const script of facts.scripts) {
		if ('url' in script) addModule(new URL(script.url, pageUrl));
		else inlineJs.push(script.inline);
	}

	const externalCss: Bytes[] = [];
	const inlineCss: string[] = [];
	for (const style of facts.styles) {
		if ('inline' in style) {
			inlineCss.push(style.inline);
			continue;
		}
		const url = new URL(style.url, pageUrl);
		if (counted.has(url.href) || url.origin !== pageUrl.origin) continue;
		counted.add(url.href);
		externalCss.push(bytesOf(load(url)));
	}

	const part = (external: Bytes[], inline: string[]) => {
		const parts = { external: addBytes(...external), inline: inline.length ? bytesOf(inline.join('\n')) : NOTHING };
		return { ...addBytes(parts.external, parts.inline), ...parts };
	};
	const js = part(externalJs, inlineJs);
	const css = part(externalCss, inlineCss);
	const htmlBytes = bytesOf(html);
	return { html: htmlBytes, js, css, total: addBytes(htmlBytes, js.external, css.external) };
}

/** The address pages of a site are weighed at; only its path matters. */
const ORIGIN = 'http://site.invalid';

/** Weighs one page of a site built into `dist` for `base`, e.g. "lifecycle/plan/index.html"; a file it links that is not there fails. */
export function weighPage(dist: string, file: string, base = '/'): PageWeight {
	const load = (url: URL) => {
		const path = decodeURIComponent(url.pathname);
		const relative = path.startsWith(base) ? path.slice(base.length) : undefined;
		if (relative !== undefined) {
			try {
				return readFileSync(join(dist, relative), 'utf8');
			} catch {
				// reported below
			}
		}
		throw new Error(`${join(dist, file)} loads ${url.pathname}, which is not in ${dist}`);
	};
	const path = file.replace(/(^|\/)index\.html$/, '$1');
	return pageWeight(readFileSync(join(dist, file), 'utf8'), new URL(`${base}${path}`, ORIGIN), load);
}
