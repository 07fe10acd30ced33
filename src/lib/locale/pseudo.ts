import type { Dictionary } from './messages';

/**
 * A pseudo-language for finding untranslated interface text: every string keeps its meaning but
 * wears accents and brackets, ⟦Çĥéçķ⟧, so text that reads plain on a page in this language was
 * never sent through the translations. Placeholders and markup stay as written.
 */
export const PSEUDO_LANGUAGE = 'en-XA';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
	[...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
		letter,
		[...'àƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]!,
	]),
);

/** Opening and closing marks of a pseudo-translated string. */
export const PSEUDO_MARKS = ['⟦', '⟧'] as const;

export function pseudoTranslate(text: string): string {
	// {{placeholders}} (and Pagefind's [SEARCH_TERM]), <tags> and &entities; pass through; everything else is accented.
	const accented = text
		.split(/(\{\{[^}]*\}\}|\[[A-Z_]+\]|<[^>]*>|&[#\w]+;)/)
		.map((part, i) => (i % 2 ? part : [...part].map((char) => ACCENTED[char] ?? char).join('')))
		.join('');
	return `${PSEUDO_MARKS[0]}${accented}${PSEUDO_MARKS[1]}`;
}

export function pseudoDictionary(dictionary: Dictionary): Record<string, string> {
	return Object.fromEntries(Object.entries(dictionary).map(([key, value]) => [key, pseudoTranslate(value)]));
}
