/**
 * Interface strings in the shape Starlight's i18n keeps them (content/i18n/<lang>.json, read by
 * i18next at build): `{{name}}` placeholders, and plurals as `key_one`, `key_other`… chosen by a
 * `count` through Intl.PluralRules. The build translates through Starlight's `Astro.locals.t`;
 * the browser gets the page's dictionary from its markup and this small reader, with the same
 * rules, rather than i18next itself.
 */
import type english from '../../../content/i18n/en.json';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every key of the site's own strings; a plural counts once, without its `_one`/`_other` suffix. */
export type MessageKey = keyof typeof english extends infer K
	? K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
		? Base
		: K
	: never;

/** Values a string fills its placeholders with; `count` also picks the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A dictionary of one language: keys as in content/i18n/en.json, values the templates. */
export type Dictionary = Readonly<Record<string, string>>;

/** The key without its plural suffix: `quiz.missed_one` → `quiz.missed`. */
export function baseKey(key: string): string {
	return key.replace(pluralSuffix, '');
}

/**
 * Translates from a dictionary the way i18next does for the features the site uses, so a string
 * reads the same whether the build or the browser wrote it. A key the dictionary lacks falls
 * back to `fallback` (English), and a key neither has is returned as it is, so a gap shows as
 * the key rather than as nothing.
 */
export function createTranslate(dictionary: Dictionary, lang: string, fallback: Dictionary = {}): Translate {
	const plurals = new Intl.PluralRules(supported(lang));
	const lookup = (key: string) => dictionary[key] ?? fallback[key];
	return (key, values = {}) => {
		const { count } = values;
		const template =
			(typeof count === 'number' ? (lookup(`${key}_${plurals.select(count)}`) ?? lookup(`${key}_other`)) : undefined) ?? lookup(key) ?? key;
		return interpolate(template, values);
	};
}

/** Fills `{{name}}` placeholders; one without a value stays as written, as i18next leaves it. */
export function interpolate(template: string, values: MessageValues): string {
	return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) => {
		const value = values[name];
		return value === undefined ? placeholder : String(value);
	});
}

/** The placeholders a template uses, in order, each once. */
export function placeholders(template: string): string[] {
	return [...new Set([...template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]!))];
}

/** Starlight's translate function as the build's pages get it (`Astro.locals.t`). */
export interface StarlightTranslate {
	(key: string, options?: Record<string, unknown>): string;
	all(): Record<string, string>;
}

/**
 * Translate through Starlight's i18n. Astro escapes what a component renders, so i18next must not
 * escape the values too (a title with "&" would show "&amp;").
 */
export function fromStarlight(t: StarlightTranslate): Translate {
	return (key, values = {}) => t(key, { ...values, interpolation: { escapeValue: false } });
}

/**
 * The strings under the given prefixes, for a custom element to translate with in the browser:
 * the page language's dictionary over English, so a language that lacks a key reads English
 * there, as the build would.
 */
export function pickStrings(t: StarlightTranslate, english: Dictionary, prefixes: readonly string[]): Record<string, string> {
	const own = t.all();
	const picked: Record<string, string> = {};
	const wanted = (key: string) => prefixes.some((prefix) => key.startsWith(prefix));
	for (const [key, value] of Object.entries(english)) if (wanted(key)) picked[key] = value;
	for (const [key, value] of Object.entries(own)) if (wanted(key) && value) picked[key] = value;
	return picked;
}

function supported(lang: string): string {
	try {
		return Intl.getCanonicalLocales(lang)[0] ?? 'en';
	} catch {
		return 'en';
	}
}

/**
 * A string to show, named rather than written: what logic with no DOM returns (a problem with a
 * file, a damaged link) so the page says it in its own language with `say`.
 */
export interface Message {
	key: MessageKey;
	values?: MessageValues;
}

export function say(t: Translate, message: Message): string {
	return t(message.key, message.values);
}
