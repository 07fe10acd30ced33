/**
 * Command lines compared as a shell reads them, so spacing and quoting that do not change the
 * meaning do not change the verdict either.
 */

/**
 * A command line trimmed, with runs of whitespace outside quotes made one space; quoted text is
 * kept as typed, so `grep  'a  b'` stays distinct from `grep 'a b'`.
 */
export function normaliseCommandLine(line: string): string {
	let out = '';
	let quote: string | undefined;
	let pendingSpace = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i]!;
		if (!quote && /\s/.test(char)) {
			pendingSpace = out.length > 0;
			continue;
		}
		if (pendingSpace) out += ' ';
		pendingSpace = false;
		out += char;
		if (char === '\\' && quote !== "'" && i + 1 < line.length) out += line[++i];
		else if (quote ? char === quote : char === "'" || char === '"') quote = quote ? undefined : char;
	}
	return out;
}

/** A program and its arguments (already unquoted by the shell) as one line, the form scripted patterns match. */
export function joinInvocation(program: string, args: readonly string[]): string {
	return [program, ...args].join(' ').replace(/\s+/g, ' ').trim();
}
