/**
 * Words a reader reads in an MDX lesson body (frontmatter already removed). Not counted:
 * import and export lines, fenced code blocks, JSX and HTML tags with their attributes (their
 * text children are counted), MDX expressions in braces, HTML comments and link destinations.
 * Inline code, headings, lists and tables are counted. A word is a run of letters or digits,
 * with apostrophes, hyphens, dots or slashes inside it ("don't", "on-call", "v1.2", "CI/CD").
 */
export function proseWordCount(body: string): number {
	const prose = body
		.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[`~]*[ \t]*$/gm, ' ')
		.replace(/^(?:import|export)\s[^\n]*$/gm, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\{[^{}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, '] ');
	return prose.match(/[\p{L}\p{N}]+(?:['’./-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
