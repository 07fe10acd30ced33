/**
 * Languages of the parts of a component, for the build and the browser alike. On a page in another
 * language the site's own words are in the page's language and the course's content (questions,
 * labs, tools, milestones, lesson titles) stays English; screen readers pronounce each part right
 * only when its element says which language it is in (WCAG 3.1.2). English pages need no marks.
 */

/**
 * The course content's language: SOURCE_LANGUAGE of config/languages.ts, repeated here because
 * that module reads the translations folder and cannot load in the browser.
 */
const COURSE_LANGUAGE = 'en';

/** The course's own pages (English, at the root) need no marks; every other language's do, en-GB's too. */
function isCourseLanguage(lang: string): boolean {
	return lang.toLowerCase() === COURSE_LANGUAGE;
}

/**
 * The `lang` a browser script gives an element that shows course content: the course's language
 * on a page in another language, undefined (no attribute) on English pages.
 */
export function contentLangFor(document: Document): string | undefined {
	const page = document.documentElement.lang;
	return !page || isCourseLanguage(page) ? undefined : COURSE_LANGUAGE;
}

/**
 * The `lang` for words of the page's language written inside `host`, when `host` sits in text
 * marked as another language (a quiz's result mark inside an English option); undefined when
 * they already read in the page's language.
 */
export function interfaceLangIn(host: Element): string | undefined {
	const page = host.ownerDocument.documentElement.lang;
	if (!page) return undefined;
	return host.closest('[lang]')?.getAttribute('lang') === page ? undefined : page;
}

/**
 * The language of text copied from another page (a lesson's title), when it is not the language
 * of this page: the copied element's own language, from the nearest element of its page saying one.
 */
export function copiedLang(element: Element | null | undefined, document: Document): string | undefined {
	const lang = element?.closest('[lang]')?.getAttribute('lang');
	return lang && lang !== document.documentElement.lang ? lang : undefined;
}

/** Stands for a value while a string is built around it; from Unicode's private use area, so no translation contains it. */
const SLOT = '\u{E000}';

/**
 * An interface string built around one value ("Lab: {{title}}"), cut where the value goes, so the
 * value can carry its own `lang` while the words around it keep the page's. Undefined when the
 * string does not show the value exactly once; the caller then writes the string whole.
 */
export function around(format: (value: string) => string): [before: string, after: string] | undefined {
	const text = format(SLOT);
	const at = text.indexOf(SLOT);
	if (at < 0 || text.includes(SLOT, at + SLOT.length)) return undefined;
	return [text.slice(0, at), text.slice(at + SLOT.length)];
}

/**
 * In the browser: the nodes of `format(value)` with the value in a <span lang>, or the plain string
 * when there is no `lang` to give (English pages), so English pages get exactly the text as before.
 */
export function withContent(format: (value: string) => string, value: string, lang: string | undefined): (string | Node)[] {
	const parts = lang ? around(format) : undefined;
	if (!parts) return [format(value)];
	return [parts[0], contentText(value, lang), parts[1]].filter((part) => part !== '');
}

/** In the browser: course text as a node to append, in a <span lang> when it needs one, otherwise the plain string. */
export function contentText(text: string, lang: string | undefined): string | Node {
	return lang ? Object.assign(document.createElement('span'), { lang, textContent: text }) : text;
}
