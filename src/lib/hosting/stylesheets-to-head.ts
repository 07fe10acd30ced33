import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type ParsedNode = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * Moves every `<link rel="stylesheet">` that a built page has in its body to the end of its head.
 *
 * Expressive Code writes its stylesheet link before the first code block of a page, in the body.
 * A browser that meets a stylesheet there restyles and lays out the whole page again when it
 * arrives, one long task after the first paint (about 100 ms of main thread on a lesson page on
 * a throttled phone). In the head it is fetched with the others and applied in the first style
 * pass. Order among stylesheets is kept, so the cascade is the same as before. A page with no
 * such link, or with no explicit `</head>`, is returned unchanged.
 */
export function stylesheetsToHead(html: string): string {
	const document = parse(html, { sourceCodeLocationInfo: true });
	const root = document.childNodes.find((node): node is Element => node.nodeName === 'html');
	const head = root?.childNodes.find((node): node is Element => node.nodeName === 'head');
	const body = root?.childNodes.find((node): node is Element => node.nodeName === 'body');
	const headEnd = head?.sourceCodeLocation?.endTag?.startOffset;
	if (!body || headEnd === undefined) return html;

	const links: { start: number; end: number }[] = [];
	const visit = (node: ParsedNode) => {
		if (node.nodeName === 'link' && isStylesheet(node as Element)) {
			const location = (node as Element).sourceCodeLocation;
			if (location) links.push({ start: location.startOffset, end: location.endOffset });
		}
		if ('childNodes' in node) node.childNodes.forEach(visit);
	};
	visit(body);
	if (!links.length) return html;

	const moved = links.map(({ start, end }) => html.slice(start, end)).join('');
	let rest = html;
	for (const { start, end } of [...links].reverse()) rest = rest.slice(0, start) + rest.slice(end);
	return rest.slice(0, headEnd) + moved + rest.slice(headEnd);
}

function isStylesheet(element: Element): boolean {
	const rel = element.attrs.find((attribute) => attribute.name === 'rel')?.value ?? '';
	return rel.toLowerCase().split(/\s+/).includes('stylesheet');
}
