/** What a check or rule looks for in some text: a regular expression, literal text, or both. */
export interface TextMatch {
	matches?: string;
	contains?: string;
}

/** `^` and `$` match at every line, since authors think of output and files line by line. */
export function compileLinePattern(source: string): RegExp {
	return new RegExp(source, 'm');
}

/** Whether the text satisfies every part of the match that is given; an empty match never holds. */
export function textMatches(text: string, match: TextMatch): boolean {
	if (match.matches === undefined && match.contains === undefined) return false;
	if (match.matches !== undefined && !compileLinePattern(match.matches).test(text)) return false;
	if (match.contains !== undefined && !text.includes(match.contains)) return false;
	return true;
}
