export interface GuideFit {
	/** Path of the lesson's own page, base included (e.g. /lifecycle/build/): its relative links resolve against it. */
	pagePath: string;
	/** How many levels the lesson's headings move down. */
	levels: number;
	/** Id of the lesson's article in the guide; its heading ids become `<articleId>--<id>`. */
	articleId: string;
	/** Article ids of the lessons this guide holds, by page path: links to them stay inside the document. */
	articles: ReadonlyMap<string, string>;
	/** The address of a page of the site in the guide's language: links that leave the guide lead there. */
	localize?: (path: string) => string;
}

/**
 * Fits a lesson's rendered HTML into the study guide, where many lessons share one document:
 * - headings move down (capped at h6) so they nest under the section and lesson headings and
 *   the PDF's bookmarks come out as a tree;
 * - heading ids gain the article's id, so headings of the same name in two lessons don't clash,
 *   and links and labels pointing at them follow;
 * - relative links, written for the lesson's own URL, are resolved against it; links to lessons
 *   in this guide jump to their place in the document instead of leaving it;
 * - asides become notes rather than landmarks: one page of many lessons would otherwise hold a
 *   landmark for every "Tip", several with the same name, drowning the guide's own sections.
 *
 * Only for HTML the site rendered itself: text there is always escaped, so a raw `<h2` or
 * `href="` can only be markup.
 */
export function fitLessonHtml(html: string, fit: GuideFit): string {
	const renamed = new Set<string>();
	const shift = (level: string) => Math.min(6, Number(level) + fit.levels);
	const headingId = (articleId: string, id: string) => `${articleId}--${id}`;
	let out = html.replace(/<(\/?)h([1-6])(?=[\s>])([^>]*)>/g, (_tag, close: string, level: string, attributes: string) => {
		const moved = attributes.replace(/(\sid=")([^"]+)"/, (_id, start: string, id: string) => {
			renamed.add(id);
			return `${start}${headingId(fit.articleId, id)}"`;
		});
		return `<${close}h${shift(level)}${moved}>`;
	});
	// Starlight wraps each heading with its anchor link in a div that names the level.
	out = out.replace(/(\sclass="[^"]*\blevel-h)([1-6])\b/g, (_match, start: string, level: string) => `${start}${shift(level)}`);
	out = out.replace(/<aside(?![^>]*\srole=)(?=[\s>])/g, '<aside role="note"');
	out = out.replace(/(\saria-(?:labelledby|describedby)=")([^"]+)"/g, (match, start: string, target: string) =>
		renamed.has(target) ? `${start}${headingId(fit.articleId, target)}"` : match,
	);
	return out.replace(/(\shref=")([^"]*)"/g, (_match, start: string, href: string) => `${start}${guideHref(href)}"`);

	function guideHref(href: string): string {
		if (href.startsWith('#')) return renamed.has(href.slice(1)) ? `#${headingId(fit.articleId, href.slice(1))}` : href;
		if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return href;
		const url = new URL(href, `https://guide.invalid${fit.pagePath}`);
		const article = fit.articles.get(url.pathname);
		// Pages end in a slash; stylesheets and files keep their one address.
		if (!article)
			return `${fit.localize && url.pathname.endsWith('/') ? fit.localize(url.pathname) : url.pathname}${url.search}${url.hash}`;
		return url.hash ? `#${headingId(article, url.hash.slice(1))}` : `#${article}`;
	}
}

/**
 * Each lesson brings its own copy of the stylesheet and script links its code blocks need; in a
 * document of many lessons the repeats only slow the browser down (each one restyles the page).
 */
export function dropRepeatedAssets(html: string): string {
	const seen = new Set<string>();
	return html.replace(/<link rel="stylesheet" href="[^"]*"\s*\/?>|<script type="module" src="[^"]*"><\/script>/g, (tag) => {
		if (seen.has(tag)) return '';
		seen.add(tag);
		return tag;
	});
}

/**
 * How many characters of text a part of the guide shows (tags dropped, entities and runs of
 * white space counted as one). On screen the guide lays a part out only when it nears the
 * viewport; until then the browser sizes it from this count (see StudyGuide.astro), which tracks
 * its rendered height far better than its markup does.
 */
export function textLength(html: string): number {
	const text = html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, '&')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length;
}
