/** Lines of a code excerpt as learners see and number them (a trailing newline adds none). */
export function codeLines(code: string): string[] {
	return code.replace(/\n+$/, '').split('\n');
}
