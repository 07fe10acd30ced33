/**
 * The text of a short Markdown string as a reader sees it: code spans, emphasis and link
 * targets take no space on screen, so lengths and shared words are measured without them.
 */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/`+([^`]*)`+/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const NEGATIONS = new Set([
	'not',
	'no',
	'never',
	'none',
	'nothing',
	'cannot',
	'without',
	'dont',
	'doesnt',
	'isnt',
	'arent',
	'wont',
	'cant',
	'shouldnt',
	'didnt',
	'wasnt',
	'werent',
	'neither',
	'nor',
]);

/** Words that carry no subject matter, ignored when comparing what two texts say. */
const FILLER = new Set([
	'a',
	'an',
	'the',
	'and',
	'or',
	'of',
	'to',
	'in',
	'on',
	'at',
	'for',
	'by',
	'with',
	'from',
	'as',
	'is',
	'are',
	'was',
	'were',
	'be',
	'been',
	'it',
	'its',
	'this',
	'that',
	'these',
	'those',
	'which',
	'what',
	'who',
	'whom',
	'why',
	'how',
	'when',
	'where',
	'do',
	'does',
	'did',
	'you',
	'your',
	'i',
	'we',
	'they',
	'their',
	'there',
	'here',
	'should',
	'would',
	'could',
	'can',
	'will',
	'may',
	'must',
	'has',
	'have',
	'had',
	'so',
	'if',
	'then',
	'than',
	'but',
	'all',
	'any',
	'some',
	'one',
	'only',
	'just',
	'about',
	'into',
	'out',
]);

/** Lower-case words of a text, apostrophes dropped so "don't" and "dont" are one word. */
export function words(markdown: string): string[] {
	return plainText(markdown)
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9.:/_-]+/)
		.map((word) => word.replace(/^[.:/_-]+|[.:/_-]+$/g, ''))
		.filter(Boolean);
}

/** What an option says once case, punctuation and spacing are set aside: equal keys are duplicates. */
export function normalised(markdown: string): string {
	// In code, punctuation is the substance: `"${a[@]}"` and `${a[@]}` are different answers.
	return markdown
		.split(/(`+[^`]*`+)/)
		.map((part) => (part.startsWith('`') ? part.replace(/`/g, '').replace(/\s+/g, ' ').trim().toLowerCase() : words(part).join(' ')))
		.filter(Boolean)
		.join(' ');
}

/** The words of a text that carry its subject matter. */
export function contentWords(markdown: string): Set<string> {
	return new Set(words(markdown).filter((word) => !FILLER.has(word) && !NEGATIONS.has(word)));
}

export function isNegated(markdown: string): boolean {
	return words(markdown).some((word) => NEGATIONS.has(word));
}
