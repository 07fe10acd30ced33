import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** What the gates need to know about one built HTML page. */
export interface PageFacts {
	/** Ids a URL fragment can scroll to: every id, plus the name of <a name>. Template content is left out. */
	ids: Set<string>;
	/** Every URL the page refers to, with the element that holds it. */
	links: PageLink[];
	/** Scripts the browser runs on load: external ones by URL, inline ones by text. */
	scripts: Asset[];
	/** Stylesheets: linked ones by URL, inline <style> by text. */
	styles: Asset[];
}

export interface PageLink {
	href: string;
	/** e.g. `a[href]`, `img[src]`: says where the URL came from in a report. */
	source: string;
}

export type Asset = { url: string } | { inline: string };

/** Attributes that hold one URL, per element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	iframe: ['src'],
	source: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	embed: ['src'],
	object: ['data'],
	form: ['action'],
};
/** <link> relations that name a host or a hint, not a file that must exist. */
const LINK_RELS_WITHOUT_TARGET = new Set(['preconnect', 'dns-prefetch']);
/** Script types the browser executes; anything else (application/json, ld+json) is data. */
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const textOf = (element: Element) =>
	element.childNodes.map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : '')).join('');

/** Reads a page with a spec-following parser, which also decodes character references in attribute values and text. */
export function readPage(html: string): PageFacts {
	const facts: PageFacts = { ids: new Set(), links: [], scripts: [], styles: [] };
	const visit = (node: Node, inTemplate: boolean) => {
		if ('tagName' in node) {
			const attributes = Object.fromEntries(node.attrs.map(({ name, value }) => [name, value]));
			const name = node.tagName;
			if (!inTemplate) {
				if (attributes.id) facts.ids.add(attributes.id);
				if (name === 'a' && attributes.name) facts.ids.add(attributes.name);
			}
			collectLinks(name, attributes, facts.links);
			if (!inTemplate) collectAssets(node, name, attributes, facts);
			if ('content' in node) visit(node.content, true);
		}
		if ('childNodes' in node) for (const child of node.childNodes) visit(child, inTemplate);
	};
	visit(parse(html), false);
	return facts;
}

function collectLinks(name: string, attributes: Record<string, string>, links: PageLink[]) {
	const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
	if (name === 'link' && rels.some((rel) => LINK_RELS_WITHOUT_TARGET.has(rel))) return;
	for (const attribute of URL_ATTRIBUTES[name] ?? []) {
		const value = attributes[attribute]?.trim();
		if (value) links.push({ href: value, source: `${name}[${attribute}]` });
	}
	if ((name === 'img' || name === 'source') && attributes.srcset) {
		for (const candidate of attributes.srcset.split(',')) {
			const url = candidate.trim().split(/\s+/)[0];
			if (url) links.push({ href: url, source: `${name}[srcset]` });
		}
	}
}

function collectAssets(element: Element, name: string, attributes: Record<string, string>, facts: PageFacts) {
	if (name === 'script' && EXECUTABLE_SCRIPT_TYPES.has((attributes.type ?? '').toLowerCase())) {
		facts.scripts.push(attributes.src ? { url: attributes.src } : { inline: textOf(element) });
	}
	const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
	if (name === 'link' && rels.includes('modulepreload') && attributes.href) facts.scripts.push({ url: attributes.href });
	if (name === 'link' && rels.includes('stylesheet') && attributes.href) facts.styles.push({ url: attributes.href });
	if (name === 'style') facts.styles.push({ inline: textOf(element) });
}
