import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the interface strings live, one file per language: content/i18n/<lang>.json. */
export const TRANSLATIONS_DIR = 'content/i18n';

/** The language the site is written in: its pages are the root locale and its strings the fallback. */
export const SOURCE_LANGUAGE = 'en';

export interface InterfaceLanguage {
	/** BCP-47 tag, the file's name: es, pt-BR. */
	lang: string;
	/** The pages' path segment: the tag in lower case. */
	locale: string;
	/** The language's own name for itself, as the language picker shows it. */
	label: string;
}

/**
 * The languages the interface speaks besides English: one for each content/i18n/<lang>.json, so a
 * team adds a language by adding its file. Lessons not translated into it show in English with
 * Starlight's notice; a translated lesson goes in content/docs/<locale>/ under the same path.
 */
export function interfaceLanguages(root = '.'): InterfaceLanguage[] {
	const dir = join(root, TRANSLATIONS_DIR);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.map((file) => file.slice(0, -'.json'.length))
		.filter((lang) => lang !== SOURCE_LANGUAGE)
		.sort()
		.map((lang) => {
			let tag: string;
			try {
				tag = Intl.getCanonicalLocales(lang)[0]!;
			} catch {
				throw new Error(`${TRANSLATIONS_DIR}/${lang}.json: "${lang}" is not a language tag (BCP 47), such as es or pt-BR`);
			}
			// Starlight finds a language's strings by the file's name, so it must be the tag as written canonically.
			if (tag !== lang)
				throw new Error(`${TRANSLATIONS_DIR}/${lang}.json: name the file ${tag}.json, the language tag as written canonically`);
			return { lang: tag, locale: tag.toLowerCase(), label: ownName(tag) };
		});
}

/** Starlight's `locales`: English at the root, each other language under its own path. */
export function starlightLocales(languages: readonly InterfaceLanguage[]) {
	if (!languages.length) return undefined;
	return {
		root: { label: ownName(SOURCE_LANGUAGE), lang: SOURCE_LANGUAGE },
		...Object.fromEntries(languages.map(({ locale, label, lang }) => [locale, { label, lang }])),
	};
}

function ownName(tag: string): string {
	const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
	return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** A language's strings file, read as it is; a clear error names the file when it is not one JSON object. */
export function readInterfaceStrings(lang: string, root = '.'): Record<string, string> {
	const file = join(root, TRANSLATIONS_DIR, `${lang}.json`);
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${join(TRANSLATIONS_DIR, `${lang}.json`)} is not valid JSON: ${(error as Error).message}`);
	}
	if (!data || typeof data !== 'object' || Array.isArray(data))
		throw new Error(`${join(TRANSLATIONS_DIR, `${lang}.json`)} must hold one JSON object of "key": "text" pairs`);
	return data as Record<string, string>;
}

/** Starlight's `translations` for a sidebar group: the section's name in each language that has one. */
export function sectionLabelTranslations(
	sectionId: string,
	languages: readonly InterfaceLanguage[],
	strings: (lang: string) => Record<string, string>,
) {
	return Object.fromEntries(
		languages.flatMap(({ lang }) => {
			const label = strings(lang)[`sections.${sectionId}`];
			return label ? [[lang, label]] : [];
		}),
	);
}
