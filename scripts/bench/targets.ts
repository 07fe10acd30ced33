/**
 * Issue #24's targets, judged on one benchmark run: each at N = TARGET_LESSONS against bare
 * Starlight built in the same run (medians), the HTML growth from GROWTH_FROM to TARGET_LESSONS
 * lessons, and the study guide's Lighthouse scores. A run without those sizes reports a target as
 * not measured rather than judging it on another size.
 */
import type { SizeResult } from './report.ts';
import type { StudyGuideResult } from './study-guide.ts';

/** The course size the targets are set for. */
export const TARGET_LESSONS = 1000;
/** The smaller size a lesson page's HTML growth is measured from. */
export const GROWTH_FROM = 100;

export type TargetStatus = 'met' | 'missed' | 'not measured';

export interface TargetCheck {
	target: string;
	/** What was measured, or why it was not. */
	value: string;
	status: TargetStatus;
}

/** This site's figure over bare Starlight's, as `b / a`, to two decimals. */
export const ratio = (b: number, a: number) => (a === 0 ? Number.NaN : Math.round((b / a) * 100) / 100);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const fixed = (n: number) => (Number.isNaN(n) ? 'n/a' : n.toFixed(2));

/** A target: its wording and, from the sizes it needs, the measured value and whether it holds. */
interface Target {
	target: string;
	/** The sizes it reads; a run without one of them leaves the target not measured. */
	needs: readonly number[];
	measure(size: (lessons: number) => SizeResult): { value: string; met: boolean };
}

const at = TARGET_LESSONS;
const ms = (value: number) => `${value} ms`;

const TARGETS: readonly Target[] = [
	{
		target: 'Dashboard: HTML parsed (domInteractive) to filled in <= 50 ms',
		needs: [at],
		measure: (size) => ({ value: ms(size(at).browser.dashboard.renderMs.median), met: size(at).browser.dashboard.renderMs.median <= 50 }),
	},
	{
		target: 'Dashboard: navigation start to filled in <= 120 ms',
		needs: [at],
		measure: (size) => ({
			value: ms(size(at).browser.dashboard.navigationMs.median),
			met: size(at).browser.dashboard.navigationMs.median <= 120,
		}),
	},
	{
		target: "Dashboard: gzip HTML <= 1.5x bare Starlight's dashboard page",
		needs: [at],
		measure: (size) => {
			const { bare, site } = size(at).variants;
			const r = ratio(site.pages.dashboard.html.gzip, bare.pages.dashboard.html.gzip);
			return { value: `x${fixed(r)} (${kb(site.pages.dashboard.html.gzip)} against ${kb(bare.pages.dashboard.html.gzip)})`, met: r <= 1.5 };
		},
	},
	{
		target: 'Quiz, 5,000 answers stored: Check to feedback painted <= 16 ms',
		needs: [at],
		measure: (size) => {
			const { quizFeedbackMs, answeredQuestions } = size(at).browser;
			return {
				value: `${ms(quizFeedbackMs.largeProgress.median)} with ${answeredQuestions} answers stored`,
				met: quizFeedbackMs.largeProgress.median <= 16,
			};
		},
	},
	{
		target: 'Quiz, 5,000 answers stored: Check to answer saved <= 25 ms',
		needs: [at],
		measure: (size) => {
			const { quizSavedMs, answeredQuestions } = size(at).browser;
			return {
				value: `${ms(quizSavedMs.largeProgress.median)} with ${answeredQuestions} answers stored`,
				met: quizSavedMs.largeProgress.median <= 25,
			};
		},
	},
	{
		target: 'Stored progress <= 80 bytes per answer (stored text / answered questions)',
		needs: [at],
		measure: (size) => {
			const { storedProgressBytes, answeredQuestions } = size(at).browser;
			const perAnswer = storedProgressBytes / answeredQuestions;
			return { value: `${perAnswer.toFixed(1)} bytes (${kb(storedProgressBytes)} for ${answeredQuestions} answers)`, met: perAnswer <= 80 };
		},
	},
	{
		target: 'Import and merge of a full-course file <= 60 ms',
		needs: [at],
		measure: (size) => ({ value: ms(size(at).browser.importMergeMs.median), met: size(at).browser.importMergeMs.median <= 60 }),
	},
	...(['lesson', 'lessonWithQuiz'] as const).map(
		(type): Target => ({
			target: `${type === 'lesson' ? 'Lesson' : 'Lesson with quiz'}: HTML grows <= 1.25x from N = ${GROWTH_FROM} to N = ${at}`,
			needs: [GROWTH_FROM, at],
			measure: (size) => {
				const html = (lessons: number) => size(lessons).variants.site.pages[type].html.raw;
				const growth = html(at) / html(GROWTH_FROM);
				const perLesson = (html(at) - html(GROWTH_FROM)) / (at - GROWTH_FROM);
				return {
					value: `x${growth.toFixed(2)} (${kb(html(GROWTH_FROM))} to ${kb(html(at))}, ${perLesson.toFixed(0)} bytes per added lesson)`,
					met: growth <= 1.25,
				};
			},
		}),
	),
	{
		target: 'Build peak memory (b)/(a) <= 1.2',
		needs: [at],
		measure: (size) => {
			const { bare, site } = size(at).variants;
			const r = ratio(site.build.peakRssBytes, bare.build.peakRssBytes);
			return {
				value: `${fixed(r)} (${(site.build.peakRssBytes / 2 ** 20).toFixed(0)} MB against ${(bare.build.peakRssBytes / 2 ** 20).toFixed(0)} MB)`,
				met: r <= 1.2,
			};
		},
	},
	{
		target: 'Build wall time (b)/(a) <= 1.1',
		needs: [at],
		measure: (size) => {
			const { bare, site } = size(at).variants;
			const r = ratio(site.build.wallMs, bare.build.wallMs);
			return { value: `${fixed(r)} (CPU time: ${fixed(ratio(site.build.cpuMs, bare.build.cpuMs))})`, met: r <= 1.1 };
		},
	},
];

/** The study guide's minimum Lighthouse performance score, every view, mobile profile. */
export const GUIDE_PERFORMANCE = 0.95;

export function checkTargets(sizes: readonly SizeResult[], studyGuide?: StudyGuideResult): TargetCheck[] {
	const measured = new Map(sizes.map((size) => [size.lessons, size]));
	const size = (lessons: number) => measured.get(lessons)!;
	const checks = TARGETS.map(({ target, needs, measure }): TargetCheck => {
		const absent = needs.filter((lessons) => !measured.has(lessons));
		if (absent.length) {
			return {
				target,
				value: `not measured: the run has no ${absent.map((n) => `N = ${n}`).join(' or ')} (--sizes)`,
				status: 'not measured',
			};
		}
		const { value, met } = measure(size);
		return { target, value, status: met ? 'met' : 'missed' };
	});
	const guideTarget = (file: string) => `Study guide \`${file}\`: Lighthouse performance >= ${GUIDE_PERFORMANCE} (mobile)`;
	if (!studyGuide) {
		checks.push({
			target: guideTarget('study-guide/…'),
			value: 'not measured: the run left the study guide out (--study-guide skip)',
			status: 'not measured',
		});
	} else {
		for (const view of studyGuide.views) {
			checks.push({
				target: guideTarget(view.file),
				value: `${view.median.toFixed(2)} median of ${view.scores.map((s) => s.toFixed(2)).join(', ')}`,
				status: view.median >= GUIDE_PERFORMANCE ? 'met' : 'missed',
			});
		}
	}
	return checks;
}
