import { decodeHTML } from 'entities';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Loader } from 'astro/loaders';
import { sectionPageId, type SectionConfig } from '../../config/sections.ts';

type Node = DefaultTreeAdapterTypes.Node;

/**
 * A site can switch sections off (DEVOPS_PATH_SECTIONS). Their pages become drafts, which
 * Starlight leaves out of production builds, so they have no page, no search entry and no
 * sitemap entry; links to them from the pages that remain become plain text.
 */

export function isInSections(pageId: string, sections: readonly SectionConfig[]): boolean {
	return sections.some((section) => {
		const root = sectionPageId(section);
		return pageId === root || pageId.startsWith(`${root}/`);
	});
}

/** Wraps the docs loader so pages of hidden sections load as drafts (still typed and checked). */
export function withHiddenSectionsAsDrafts(loader: Loader, hidden: readonly SectionConfig[]): Loader {
	if (hidden.length === 0) return loader;
	return {
		...loader,
		load: async (context) => {
			await loader.load(context);
			for (const entry of context.store.values()) {
				if (!isInSections(entry.id, hidden) || entry.data.draft === true) continue;
				context.store.delete(entry.id);
				// A changed digest makes the next build re-read the file instead of trusting this edited copy.
				context.store.set({ ...entry, data: { ...entry.data, draft: true }, digest: `${entry.digest ?? ''}:hidden` });
			}
		},
	};
}

/** URL path prefixes (with the base path) of the hidden sections' pages. */
export function hiddenPathPrefixes(hidden: readonly SectionConfig[], base: string): string[] {
	return hidden.map((section) => `${base}${sectionPageId(section)}/`);
}

/** Whether a link on the page at `pagePath` leads into a hidden section. */
export function leadsToHiddenPage(href: string, pagePath: string, prefixes: readonly string[]): boolean {
	const origin = 'http://site.invalid';
	if (!URL.canParse(href, `${origin}${pagePath}`)) return false;
	const target = new URL(href, `${origin}${pagePath}`);
	if (target.origin !== origin) return false;
	const path = target.pathname.endsWith('/') ? target.pathname : `${target.pathname}/`;
	return prefixes.some((prefix) => path.startsWith(prefix));
}

/**
 * Replaces each link into a hidden section by its content: the page is parsed (so a tag written
 * inside an attribute or a script is not taken for a link) and only the link's own tags are cut.
 * This runs on every page of such a site, and parsing one costs about twice what the rest of the
 * build spends on it: a page whose text (decoded) never names a hidden section's folder cannot
 * link into it, and is returned without parsing.
 */
export function unlinkHiddenPages(html: string, pagePath: string, prefixes: readonly string[]): string {
	const folders = prefixes.map((prefix) => prefix.split('/').at(-2) ?? prefix);
	const text = html.includes('&') ? decodeHTML(html) : html;
	if (!folders.some((folder) => text.includes(folder))) return html;
	const cuts: { start: number; end: number }[] = [];
	const visit = (node: Node) => {
		if ('tagName' in node && node.tagName === 'a') {
			const href = node.attrs.find((attribute) => attribute.name === 'href')?.value;
			const { startTag, endTag } = node.sourceCodeLocation ?? {};
			if (href !== undefined && startTag && endTag && leadsToHiddenPage(href, pagePath, prefixes)) {
				cuts.push({ start: startTag.startOffset, end: startTag.endOffset }, { start: endTag.startOffset, end: endTag.endOffset });
			}
		}
		if ('childNodes' in node) node.childNodes.forEach(visit);
		if ('content' in node && node.content) visit(node.content);
	};
	visit(parse(html, { sourceCodeLocationInfo: true }));
	if (cuts.length === 0) return html;
	let out = '';
	let from = 0;
	for (const { start, end } of cuts.sort((a, b) => a.start - b.start)) {
		out += html.slice(from, start);
		from = end;
	}
	return out + html.slice(from);
}
