import type { PageFacts } from './html.ts';
import type { SiteRoot } from './sitemap.ts';

export interface BrokenLink {
	/** The page's file in dist, e.g. `fundamentals/git/index.html`. */
	page: string;
	href: string;
	/** Where the URL came from, e.g. `a[href]`. */
	source: string;
	reason: string;
}

/** A broken link that is accepted, named by page and URL, with the reason. Keep this list short. */
export interface LinkException {
	page: string;
	href: RegExp;
	reason: string;
}

export const LINK_EXCEPTIONS: readonly LinkException[] = [
	{
		page: '404.html',
		href: /\/404\/$/,
		reason:
			'Starlight gives its 404 page the canonical URL /404/, while Astro writes it as 404.html, which hosts serve for any missing path.',
	},
];

/** The address a browser gives a file of dist, e.g. `/base/fundamentals/git/` for its index.html. */
export function urlOfFile(file: string, root: SiteRoot): URL {
	const path = file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
	return new URL(root.base + path, root.origin);
}

type Resolved = { kind: 'unchecked' } | { kind: 'broken'; reason: string } | { kind: 'file'; file: string; fragment: string };

/**
 * Which file of dist a URL on a page points at. URLs to other origins and schemes other than
 * http(s) are not checked: the gate runs without network.
 */
export function resolveLink(href: string, from: URL, root: SiteRoot, files: ReadonlySet<string>): Resolved {
	let url: URL;
	try {
		url = new URL(href, from);
	} catch {
		return { kind: 'broken', reason: 'not a valid URL' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'unchecked' };
	if (url.origin !== root.origin) return { kind: 'unchecked' };
	let path: string;
	let fragment: string;
	try {
		path = decodeURIComponent(url.pathname);
		fragment = decodeURIComponent(url.hash.slice(1));
	} catch {
		return { kind: 'broken', reason: 'malformed percent-encoding' };
	}
	if (!path.startsWith(root.base)) return { kind: 'broken', reason: `outside the site's base path ${root.base}` };
	const relative = path.slice(root.base.length);
	if (relative === '' || relative.endsWith('/')) {
		const file = `${relative}index.html`;
		return files.has(file) ? { kind: 'file', file, fragment } : { kind: 'broken', reason: 'no such page' };
	}
	if (files.has(relative)) return { kind: 'file', file: relative, fragment };
	if (files.has(`${relative}/index.html`)) return { kind: 'broken', reason: 'the page exists only with a trailing slash' };
	return { kind: 'broken', reason: 'no such page or file' };
}

/**
 * Every link in the site whose page, file or #fragment does not exist. `pages` maps each HTML
 * file of dist to what it contains; `files` lists every file of dist (paths relative to dist).
 */
export function findBrokenLinks(
	pages: ReadonlyMap<string, PageFacts>,
	files: ReadonlySet<string>,
	root: SiteRoot,
	exceptions: readonly LinkException[] = LINK_EXCEPTIONS,
): BrokenLink[] {
	const broken: BrokenLink[] = [];
	for (const [page, facts] of pages) {
		const from = urlOfFile(page, root);
		const seen = new Set<string>();
		for (const { href, source } of facts.links) {
			if (seen.has(`${source} ${href}`)) continue;
			seen.add(`${source} ${href}`);
			const target = resolveLink(href, from, root, files);
			if (target.kind === 'broken') broken.push({ page, href, source, reason: target.reason });
			// An empty fragment and "top" scroll to the top of any page (HTML's fragment rules).
			if (target.kind !== 'file' || target.fragment === '' || target.fragment.toLowerCase() === 'top') continue;
			const targetPage = pages.get(target.file);
			if (targetPage && !targetPage.ids.has(target.fragment)) {
				broken.push({ page, href, source, reason: `${target.file} has no element with id "${target.fragment}"` });
			}
		}
	}
	return broken.filter((link) => !exceptions.some((e) => e.page === link.page && e.href.test(link.href)));
}

export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
	return broken.map((link) => `${link.page}: ${link.source} "${link.href}": ${link.reason}`).join('\n');
}
