import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type ParsedNode = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** `type` values a browser executes; anything else (JSON data) is inert and needs no hash. */
export const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** Where a piece of the page's HTML starts and ends. */
export interface SourceRange {
	start: number;
	end: number;
}

/**
 * What the build's last steps need from a built page (the policy check, the stylesheet move),
 * read in one pass by a spec-following HTML parser: text that only looks like a tag (in a title,
 * an attribute, a comment or a textarea) is not an element.
 */
export interface BuiltPage {
	/** Bodies of the scripts the page runs inline. */
	scripts: string[];
	/** Bodies of its `<style>` elements. */
	styles: string[];
	/** Its `<meta http-equiv="content-security-policy">`: the policy and where its `content` attribute sits. */
	policy?: { text: string } & SourceRange;
	/** Whether it has a `<meta http-equiv="refresh">` (Astro's redirect pages). */
	refresh: boolean;
	/** Whether it has any `<script>` element at all, inline or not. */
	hasScript: boolean;
	/** Where its explicit `</head>` starts; none without one. */
	headEnd?: number;
	/** `<link rel="stylesheet">` elements in its body, in document order. */
	bodyStylesheets: SourceRange[];
}

const isStylesheet = (attributes: ReadonlyMap<string, string>) =>
	(attributes.get('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet');

/** Parses a built page once; the CSP and stylesheet steps take what it found. */
export function readBuiltPage(html: string): BuiltPage {
	const page: BuiltPage = { scripts: [], styles: [], refresh: false, hasScript: false, bodyStylesheets: [] };
	const visit = (node: ParsedNode, inBody: boolean) => {
		if ('tagName' in node) {
			const attributes = new Map(node.attrs.map((a) => [a.name, a.value]));
			const location = node.sourceCodeLocation;
			if (node.tagName === 'script') page.hasScript = true;
			if (node.tagName === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') page.refresh = true;
			if (
				node.tagName === 'script' &&
				!attributes.has('src') &&
				EXECUTABLE_TYPES.has((attributes.get('type') ?? '').trim().toLowerCase())
			) {
				page.scripts.push(textOf(node));
			} else if (node.tagName === 'style') {
				page.styles.push(textOf(node));
			} else if (node.tagName === 'meta' && !page.policy && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
				const content = location?.attrs?.content;
				if (content) page.policy = { text: (attributes.get('content') ?? '').trim(), start: content.startOffset, end: content.endOffset };
			} else if (node.tagName === 'head' && location?.endTag) {
				page.headEnd = location.endTag.startOffset;
			} else if (node.tagName === 'link' && inBody && location && isStylesheet(attributes)) {
				page.bodyStylesheets.push({ start: location.startOffset, end: location.endOffset });
			}
		}
		const childrenInBody = inBody || node.nodeName === 'body';
		if ('childNodes' in node) for (const child of node.childNodes) visit(child, childrenInBody);
		// A template's content is not part of the page until a script puts it there.
		if ('content' in node && node.content) visit(node.content, false);
	};
	visit(parse(html, { sourceCodeLocationInfo: true }), false);
	return page;
}

function textOf(element: Element): string {
	return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}
