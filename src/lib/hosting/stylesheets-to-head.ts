import { readBuiltPage, type BuiltPage } from './built-page.ts';

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
export function stylesheetsToHead(html: string, page: BuiltPage = readBuiltPage(html)): string {
	const { headEnd, bodyStylesheets: links } = page;
	if (headEnd === undefined || !links.length) return html;
	const moved = links.map(({ start, end }) => html.slice(start, end)).join('');
	let rest = html.slice(0, headEnd) + moved;
	let from = headEnd;
	for (const { start, end } of links) {
		rest += html.slice(from, start);
		from = end;
	}
	return rest + html.slice(from);
}
