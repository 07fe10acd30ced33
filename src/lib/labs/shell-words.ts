/**
 * Shell-style word splitting for typed answers: quotes ('…', "…") and backslashes as a shell
 * reads them, and unquoted `|`, `;`, `&&`, `||` as words of their own even without spaces.
 * Quiz pages load it, so it stays small and shares no chunk with the lab shell.
 */
export function shellWords(line: string): string[] {
	const words: string[] = [];
	let word: string | undefined;
	let quote = '';
	for (let i = 0; i < line.length; i++) {
		const char = line[i]!;
		if (quote) {
			if (char === quote) quote = '';
			else word += char === '\\' && quote === '"' && '"\\$`'.includes(line[i + 1] ?? '.') ? line[++i]! : char;
		} else if (char === "'" || char === '"') {
			quote = char;
			word ??= '';
		} else if (char === '\\' && i + 1 < line.length) {
			word = (word ?? '') + line[++i];
		} else if (/[\s|;&]/.test(char)) {
			if (word !== undefined) words.push(word);
			word = undefined;
			const operator = /^(\|\||&&|[|;])/.exec(line.slice(i))?.[1];
			if (operator) {
				words.push(operator);
				i += operator.length - 1;
			}
		} else {
			word = (word ?? '') + char;
		}
	}
	if (word !== undefined) words.push(word);
	return words;
}
