/** Lowest score each Lighthouse category may have (scores run from 0 to 1). */
export const THRESHOLDS: Readonly<Record<string, number>> = {
	performance: 0.95,
	accessibility: 1,
	'best-practices': 1,
	seo: 1,
};

/** A page the Lighthouse gate tests, by file in dist; every page is held to THRESHOLDS. */
export interface LighthousePage {
	name: string;
	file: string;
}

/** Pages tested: home, a lesson, the page with most quiz types, the dashboard, the study guide. */
export const LIGHTHOUSE_PAGES: readonly LighthousePage[] = [
	{ name: 'home', file: 'index.html' },
	{ name: 'lesson', file: 'linux/index.html' },
	{ name: 'quiz', file: 'contribute/question-types/index.html' },
	{ name: 'dashboard', file: 'progress/index.html' },
	/*
	 * The study guide's growth view: seven lessons, worksheets of every question type, the answer
	 * key; thousands of elements, whose style and layout alone once blocked the main thread for half
	 * a second on the mobile profile. On screen each lesson and answer group is laid out only when
	 * it nears the viewport (content-visibility, OffscreenPart.astro), so the first screen costs
	 * what a short page does; print still lays out all of it.
	 */
	{ name: 'study-guide', file: 'study-guide/growth/index.html' },
];

/** The study guide's views among the gate's pages (the benchmark scores them against issue #24's target). */
export const studyGuidePages = (pages: readonly LighthousePage[] = LIGHTHOUSE_PAGES) =>
	pages.filter((page) => page.file.startsWith('study-guide/'));

/**
 * Runs of one page at most. Performance scores of one page vary between runs on a busy machine
 * (other processes steal the CPU that Lighthouse times); a page that is really slow fails every run.
 */
export const MAX_RUNS = 3;

/** The parts of a Lighthouse result (LHR) this gate reads. */
export interface LighthouseResult {
	requestedUrl?: string;
	runtimeError?: { code: string; message: string };
	categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { title: string; score: number | null; scoreDisplayMode?: string; displayValue?: string }>;
}

/**
 * Why a result misses the thresholds: one line per category below its threshold, naming the
 * audits that cost it points. Empty when every category passes.
 */
export function lighthouseFailures(result: LighthouseResult, thresholds: Readonly<Record<string, number>> = THRESHOLDS): string[] {
	if (result.runtimeError) return [`Lighthouse could not test the page: ${result.runtimeError.code} ${result.runtimeError.message}`];
	return Object.entries(thresholds).flatMap(([id, minimum]) => {
		const category = result.categories[id];
		if (!category) return [`no "${id}" category in the report`];
		if (category.score !== null && category.score >= minimum) return [];
		const shown = category.score === null ? 'no score' : category.score.toFixed(2);
		const losing = category.auditRefs
			.filter((ref) => ref.weight > 0)
			.map((ref) => ({ id: ref.id, audit: result.audits[ref.id] }))
			.filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
			.map(({ id, audit }) => `${id} (${audit!.score!.toFixed(2)}${audit!.displayValue ? `, ${audit!.displayValue}` : ''})`);
		return [`${category.title} ${shown} < ${minimum}${losing.length ? `: ${losing.join(', ')}` : ''}`];
	});
}

/** Scores as a row of the summary table, e.g. `0.98  1.00  1.00  1.00`. */
export function scoreCells(result: LighthouseResult, thresholds: Readonly<Record<string, number>> = THRESHOLDS): string[] {
	return Object.keys(thresholds).map((id) => {
		const score = result.categories[id]?.score;
		return score === null || score === undefined ? '-' : score.toFixed(2);
	});
}

/** Whether to run a page again: only when performance alone missed its threshold and runs remain. */
export function shouldRerun(result: LighthouseResult, runs: number, thresholds: Readonly<Record<string, number>> = THRESHOLDS): boolean {
	if (runs >= MAX_RUNS || result.runtimeError) return false;
	const below = Object.entries(thresholds).filter(([id, minimum]) => {
		const score = result.categories[id]?.score;
		return score === null || score === undefined || score < minimum;
	});
	return below.length > 0 && below.every(([id]) => id === 'performance');
}
