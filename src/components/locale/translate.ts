import { fromStarlight, type MessageKey, type StarlightTranslate, type Translate } from '../../lib/locale/messages';
import { interfaceLanguages, SOURCE_LANGUAGE } from '../../config/languages';
import { localeOf, localizedHref } from '../../lib/locale/paths';

const languages = interfaceLanguages();
const locales = languages.map(({ locale }) => locale);

/** Starlight's translate function for the page being built. */
export function starlightTranslate(locals: App.Locals): StarlightTranslate {
	return locals.t as unknown as StarlightTranslate;
}

/** The page's translate function, in its language, for a component's markup. */
export function pageTranslate(locals: App.Locals): Translate {
	return fromStarlight(starlightTranslate(locals));
}

/**
 * Turns a root-language address (a lesson's `href`, `pageHref('progress')`) into the same page in
 * the language of the page being built, so links keep the reader in their language. The language
 * comes from the page's address, which every component has (Starlight's route data is not set
 * yet while a custom page's head is gathered).
 */
export function pageLinks(page: { url: URL }): (href: string) => string {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const locale = localeOf(page.url.pathname, base, locales);
	return (href) => localizedHref(href, base, locale);
}

/**
 * A course section's name in the page's language: `sections.<id>`, or the section's own label
 * when no language has that key (a team may add a section without one).
 */
export function sectionName(t: Translate, section: { id: string; label: string }): string {
	const key = `sections.${section.id}`;
	const name = t(key as MessageKey);
	return name === key ? section.label : name;
}

/** The language folder of the page being built ("es"), or undefined for the root language. */
export function pageLocale(page: { url: URL }): string | undefined {
	return localeOf(page.url.pathname, import.meta.env.BASE_URL.replace(/\/?$/, '/'), locales);
}

/**
 * The `lang` for the root of a component that speaks the interface inside a lesson's text. On a
 * page in another language whose lesson is not translated yet, Starlight marks the whole <main>
 * as English (the lesson's language); the component's own words are in the page's language, and
 * screen readers pronounce them right only if it says so. Undefined (no attribute) in English.
 */
export function interfaceLang(page: { url: URL }): string | undefined {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const locale = localeOf(page.url.pathname, base, locales);
	return languages.find((language) => language.locale === locale)?.lang;
}

/** The `lang` for lesson text inside such a component (a quiz's questions, a lab's tasks): the course's own language. */
export const CONTENT_LANG = SOURCE_LANGUAGE;
