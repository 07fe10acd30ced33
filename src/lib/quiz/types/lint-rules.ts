/** Messages for values that appear more than once, named by `what`. */
export function duplicates(values: readonly string[], what: string): string[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const value of values) (seen.has(value) ? repeated : seen).add(value);
	return [...repeated].map((value) => `${what} "${clip(value)}" appears more than once`);
}

/** Authored text short enough to quote in a message. */
export function clip(text: string, max = 40) {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
