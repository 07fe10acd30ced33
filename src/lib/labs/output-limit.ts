/** The most output one command shows; more would make the terminal log, and the page, crawl. */
export const OUTPUT_LIMIT_CHARS = 200_000;

export interface LimitedOutput {
	text: string;
	/** Characters left out, 0 when the whole output fits. */
	cut: number;
}

/** The output up to the limit, cut at a line break where one is near so no line shows half. */
export function limitOutput(text: string, limit = OUTPUT_LIMIT_CHARS): LimitedOutput {
	if (text.length <= limit) return { text, cut: 0 };
	const lastBreak = text.lastIndexOf('\n', limit);
	const end = lastBreak > limit * 0.9 ? lastBreak + 1 : limit;
	return { text: text.slice(0, end), cut: text.length - end };
}
