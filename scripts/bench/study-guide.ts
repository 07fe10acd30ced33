/**
 * Lighthouse performance (mobile profile) of the study guide's views, which the generated sites
 * leave out: it builds this project's own site once (or reuses its dist/ when asked) and scores
 * each guide view the Lighthouse gate checks, several runs each, with the gate's own runner.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite } from '../gates/dist.ts';
import { studyGuidePages } from '../gates/lighthouse.ts';
import { serveDirectory } from '../../src/lib/hosting/static-server.ts';
import { runLighthouse } from '../gates/lighthouse-run.ts';
import { runBuild, type BuildResult } from './build.ts';

/** Runs per view; the median counts, since load on the machine moves the performance score. */
export const LIGHTHOUSE_RUNS = 3;

export interface GuideViewScore {
	name: string;
	/** Page in dist, e.g. "study-guide/growth/index.html". */
	file: string;
	/** Performance score of each run that finished, 0 to 1. */
	scores: number[];
	median: number;
}

export interface StudyGuideResult {
	/** Whether dist/ was built by this run (with its build figures) or reused as it was. */
	site: { built: true; build: BuildResult } | { built: false };
	views: GuideViewScore[];
}

/** The middle score, or the mean of the two middle ones. */
export function medianScore(scores: readonly number[]): number {
	if (!scores.length) throw new Error('no Lighthouse scores to summarise');
	const sorted = [...scores].sort((a, b) => a - b);
	const mid = sorted.length / 2;
	const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return Math.round(median * 100) / 100;
}

export async function scoreStudyGuide(project: string, reports: string, { reuseDist }: { reuseDist: boolean }): Promise<StudyGuideResult> {
	const build = reuseDist ? undefined : await runBuild(project, {});
	const site = readBuiltSite(join(project, 'dist'));
	const views = studyGuidePages();
	const missing = views.filter((view) => !site.files.has(view.file));
	if (missing.length) {
		throw new Error(`study guide views missing from ${join(project, 'dist')}: ${missing.map((view) => view.file).join(', ')}`);
	}
	mkdirSync(reports, { recursive: true });
	const server = await serveDirectory(join(project, 'dist'), { base: site.root.base, compress: true });
	try {
		const scored: GuideViewScore[] = [];
		for (const view of views) {
			const url = `${server.origin}${site.root.base}${view.file.replace(/index\.html$/, '')}`;
			const scores: number[] = [];
			for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
				const result = await runLighthouse(project, url, join(reports, `${view.name}-run${run}.json`));
				const score = result?.categories.performance?.score;
				if (typeof score !== 'number') {
					const why = result?.runtimeError?.message ?? 'see its output above';
					throw new Error(`Lighthouse gave no performance score for ${url} (run ${run}): ${why}`);
				}
				scores.push(score);
			}
			scored.push({ name: view.name, file: view.file, scores, median: medianScore(scores) });
		}
		return { site: build ? { built: true, build } : { built: false }, views: scored };
	} finally {
		await server.close();
	}
}
