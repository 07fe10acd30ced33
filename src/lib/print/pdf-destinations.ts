/**
 * Page numbers of a PDF's named destinations, read from `pdfinfo -dests` (poppler), whose lines
 * look like `   4 [ XYZ   11  780 null      ] "lesson-start-here"`. Chromium names a destination
 * after each element id a link in the document points at, so this gives the page every
 * contents entry leads to.
 */
export function destinationPages(pdfinfoOutput: string): Map<string, number> {
	const pages = new Map<string, number>();
	for (const line of pdfinfoOutput.split('\n')) {
		const match = /^\s*(\d+)\s+\[[^\]]*\]\s+"(.*)"\s*$/.exec(line);
		if (match && !pages.has(match[2]!)) pages.set(match[2]!, Number(match[1]));
	}
	return pages;
}
