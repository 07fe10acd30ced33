import { baseKey, placeholders, type Dictionary } from './messages';

export interface TranslationReport {
	/** Mistakes that would show wrong text: the build stops on these. */
	problems: string[];
	/** Keys the language does not have yet: those strings show in English. */
	missing: string[];
}

/**
 * Compares a language's strings with the English ones: each key must be one English has (or one
 * of Starlight's own), use the same placeholders, and give a plural every form the language
 * needs (Spanish has one, many and other), or i18next would fall back to English for some counts.
 */
export function checkTranslation(
	english: Dictionary,
	translated: Dictionary,
	lang: string,
	builtInKeys: ReadonlySet<string> = new Set(),
): TranslationReport {
	const problems: string[] = [];
	const englishBases = new Map<string, string>();
	for (const [key, value] of Object.entries(english))
		if (!englishBases.has(baseKey(key)) || key.endsWith('_other')) englishBases.set(baseKey(key), value);
	const pluralBases = new Set(
		Object.keys(english)
			.filter((key) => key !== baseKey(key))
			.map(baseKey),
	);
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

	for (const [key, value] of Object.entries(translated)) {
		const base = baseKey(key);
		if (builtInKeys.has(key)) continue;
		const source = englishBases.get(base);
		if (source === undefined) {
			problems.push(`"${key}" is not a key of the English strings (content/i18n/en.json)`);
			continue;
		}
		if (typeof value !== 'string') {
			problems.push(`"${key}" must be text`);
			continue;
		}
		const expected = placeholders(source)
			.filter((name) => name !== 'count')
			.sort();
		const found = placeholders(value)
			.filter((name) => name !== 'count')
			.sort();
		const unknown = found.filter((name) => !expected.includes(name));
		if (unknown.length)
			problems.push(`"${key}" uses ${unknown.map((name) => `{{${name}}}`).join(', ')}, which the English string does not fill in`);
	}

	const missing: string[] = [];
	for (const base of englishBases.keys()) {
		if (pluralBases.has(base)) {
			const forms = categories.filter((category) => translated[`${base}_${category}`] !== undefined);
			if (!forms.length) missing.push(base);
			else if (forms.length < categories.length) {
				const lacking = categories.filter((category) => !forms.includes(category)).map((category) => `${base}_${category}`);
				problems.push(`"${base}" needs every plural form ${lang} has: add ${lacking.join(', ')}`);
			}
		} else if (translated[base] === undefined) missing.push(base);
	}
	return { problems, missing };
}
