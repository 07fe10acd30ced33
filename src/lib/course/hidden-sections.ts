import type { Loader } from 'astro/loaders';
import { sectionPageId, type SectionConfig } from '../../config/sections.ts';

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

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a>/g;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/**
 * Replaces each link into a hidden section by its content. Only `<a>` elements with an href
 * change; HTML does not allow nested links, so the first closing tag ends each one.
 */
export function unlinkHiddenPages(html: string, pagePath: string, prefixes: readonly string[]): string {
	if (prefixes.length === 0) return html;
	return html.replace(ANCHOR, (whole, attributes: string, content: string) => {
		const match = HREF.exec(attributes);
		const href = match && decodeEntities(match[1] ?? match[2] ?? '');
		return href !== null && leadsToHiddenPage(href, pagePath, prefixes) ? content : whole;
	});
}

function decodeEntities(value: string): string {
	return value.replace(/&amp;/g, '&').replace(/&#x2F;/gi, '/').replace(/&#47;/g, '/');
}
