/**
 * Which heading of a page the reader is in: the last one whose top has scrolled up to the reading
 * line (just below the fixed header), or the first while none has.
 *
 * `tops` are the headings' distances from the top of the viewport, in page order; -1 when there
 * are none.
 */
export function currentHeadingIndex(tops: readonly number[], readingLine: number): number {
	if (tops.length === 0) return -1;
	let current = 0;
	for (const [index, top] of tops.entries()) {
		if (top > readingLine) break;
		current = index;
	}
	return current;
}
