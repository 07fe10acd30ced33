/**
 * `npm run bench`: builds bare Starlight and this site on the same generated content at each size,
 * weighs the output, times the interactive parts in Chromium, and writes latest.json and latest.md.
 * It runs under vite-node, which resolves the site's own modules as the build does, so the
 * benchmark stores and exports progress with the site's code (src/lib/progress/).
 *
 * Options: --sizes 100,500,1000,2000   lesson counts to run, ascending; issue #24's targets are judged at
 *                                     N = 1000 (growth from N = 100), and not measured in a run without them
 *          --out bench-results    where latest.json and latest.md go
 *          --work <dir>           scratch projects (default <out>/tmp, removed afterwards)
 *          --runs 1               builds per site and size; the fastest counts (more runs, less noise)
 *          --keep                 keep the scratch projects
 *          --study-guide build    Lighthouse on the study guide's views of this project's own site:
 *                                 `build` runs `astro build` here first, `reuse` takes dist/ as it is,
 *                                 `skip` leaves the study guide out (its target is then not measured)
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureInBrowser } from './browser.ts';
import { runBuild, type BuildResult } from './build.ts';
import { samplePages } from './content.ts';
import { markdownReport, pageTypes, type BenchResult, type PageType, type SizeResult, type VariantResult } from './report.ts';
import { prepareSite, variants, writeContent, type VariantId } from './sites.ts';
import { scoreStudyGuide, type StudyGuideResult } from './study-guide.ts';
import { checkTargets } from './targets.ts';
import { weighPage } from '../gates/weigh.ts';
import { weighSite } from './weigh.ts';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,500,1000,2000' },
		out: { type: 'string', default: 'bench-results' },
		work: { type: 'string' },
		runs: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		'study-guide': { type: 'string', default: 'build' },
	},
});
const STUDY_GUIDE_MODES = ['build', 'reuse', 'skip'];
if (!STUDY_GUIDE_MODES.includes(values['study-guide'])) {
	throw new Error(`--study-guide must be one of ${STUDY_GUIDE_MODES.join(', ')}, got "${values['study-guide']}"`);
}

const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	throw new Error(`--sizes must be whole numbers of at least 1 separated by commas, got "${values.sizes}"`);
}
sizes.sort((a, b) => a - b);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, got "${values.runs}"`);
const out = resolve(root, values.out);
const work = resolve(root, values.work ?? join(values.out, 'tmp'));

const started = performance.now();
const loadAtStart = loadavg();
const log = (message: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

mkdirSync(work, { recursive: true });
const variantIds = Object.keys(variants) as VariantId[];
const results: SizeResult[] = [];
let studyGuide: StudyGuideResult | undefined;
try {
	// First, while nothing else of the benchmark runs: Lighthouse times the page's main thread.
	if (values['study-guide'] !== 'skip') {
		const reuseDist = values['study-guide'] === 'reuse';
		log(`study guide: ${reuseDist ? 'reusing dist/' : 'building this project'}, then Lighthouse on its views`);
		studyGuide = await scoreStudyGuide(root, join(work, 'lighthouse'), { reuseDist });
		log(`study guide: ${studyGuide.views.map((view) => `${view.file} performance ${view.median.toFixed(2)}`).join(', ')}`);
	}

	log(`preparing ${variantIds.length} projects in ${work}`);
	const sites = variantIds.map((variant) => prepareSite(root, work, variant));
	for (const lessons of sizes) {
		const pages = samplePages(lessons);
		const measured = {} as Record<VariantId, VariantResult>;
		const fastest = new Map<VariantId, BuildResult>();
		// Runs go round the sites, so a slow spell on a shared machine hits every site alike.
		for (let run = 1; run <= runs; run++) {
			for (const site of sites) {
				writeContent(site, root, lessons);
				log(`N = ${lessons}: building ${variants[site.variant].label}${runs > 1 ? `, run ${run} of ${runs}` : ''}`);
				const build = await runBuild(site.dir, site.env);
				log(
					`N = ${lessons}: ${variants[site.variant].label}: ${(build.wallMs / 1000).toFixed(1)} s wall, ${(build.cpuMs / 1000).toFixed(1)} s CPU, peak ${(build.peakRssBytes / 2 ** 20).toFixed(0)} MB`,
				);
				if (build.wallMs < (fastest.get(site.variant)?.wallMs ?? Infinity)) fastest.set(site.variant, build);
			}
		}
		for (const site of sites) {
			const build = fastest.get(site.variant)!;
			const dist = join(site.dir, 'dist');
			measured[site.variant] = {
				build,
				site: weighSite(dist),
				pages: Object.fromEntries(
					(Object.keys(pageTypes) as PageType[]).map((type) => [type, { path: pages[type], ...weighPage(dist, pages[type]) }]),
				) as VariantResult['pages'],
			};
			if (site.variant === 'site') {
				log(`N = ${lessons}: timing the quiz, dashboard and import in Chromium`);
				results.push({ lessons, variants: measured, browser: await measureInBrowser(dist, pages.lessonWithQuiz) });
			}
		}
	}
} finally {
	if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const result: BenchResult = {
	generatedAt: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
		memoryBytes: totalmem(),
		node: process.version,
		loadAverage: loadAtStart,
	},
	totalSeconds: (performance.now() - started) / 1000,
	runs,
	sizes: results,
	...(studyGuide ? { studyGuide } : {}),
	targets: checkTargets(results, studyGuide),
};
const markdown = markdownReport(result);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(result, null, '\t')}\n`);
writeFileSync(join(out, 'latest.md'), markdown);
console.log(`\n${markdown}`);
log(`wrote ${join(values.out, 'latest.json')} and ${join(values.out, 'latest.md')}`);
