import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { bareLessonFile, contentFiles, lessonSections, planLessons, quizBank, samplePages, siteLessonFile } from '../../scripts/bench/content';
import { learnerProgress, outlineFromDashboard, progressExport, STORAGE_KEY } from '../../scripts/bench/progress-data';
import { checkTargets, ratio, type SizeResult } from '../../scripts/bench/report';
import { timing } from '../../scripts/bench/timing';
import { weighPage } from '../../scripts/bench/weigh';
import { formatBankFailures, lintAllBanks } from '../../src/lib/assessment/bank-lint';
import { findContentProblems } from '../../src/lib/course/integrity';
import { readImportFile } from '../../src/lib/progress/transfer';
import { formatsFor } from '../../src/lib/locale/format';
import { progressStorageKey } from '../../src/lib/progress/store';
import { LessonFrontmatterSchema } from '../../src/schemas/lesson';
import { ProgressSchema } from '../../src/schemas/progress';
import { QuizBankSchema } from '../../src/schemas/quiz';

const frontmatterOf = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const progressPages = new Map([
	['index.mdx', '---\ntitle: My progress\n---\n'],
	['review.mdx', '---\ntitle: Review\n---\n'],
]);

describe('generated content', () => {
	const lessons = planLessons(60);

	it('deals the lessons to every lesson section after one overview page each', () => {
		expect(lessons.filter((l) => l.hasQuiz)).toHaveLength(60);
		expect(lessons.filter((l) => !l.hasQuiz).map((l) => l.section)).toEqual(lessonSections.map((s) => s.id));
		// Round robin: one overview and an even share of the rest, give or take one.
		const share = 60 / lessonSections.length;
		for (const section of lessonSections) {
			const dealt = lessons.filter((l) => l.section === section.id).length;
			expect(dealt).toBeGreaterThanOrEqual(1 + Math.floor(share));
			expect(dealt).toBeLessThanOrEqual(1 + Math.ceil(share));
		}
	});

	it('is the same on every run', () => {
		expect(contentFiles('site', 12, progressPages)).toEqual(contentFiles('site', 12, progressPages));
	});

	it('gives lessons this site accepts: valid fields, resolvable references, MDX that compiles', async () => {
		const files = lessons.map((lesson) => ({ lesson, data: frontmatterOf(siteLessonFile(lesson)) }));
		for (const { data } of files) expect(LessonFrontmatterSchema.safeParse(data).error?.issues ?? []).toEqual([]);
		const banks = lessons.filter((l) => l.hasQuiz).map((lesson) => ({ lesson, bank: QuizBankSchema.parse(quizBank(lesson)) }));
		const problems = findContentProblems({
			lessons: files.map(({ lesson, data }) => ({ key: lesson.key, file: lesson.id, prerequisites: (data.prerequisites as string[]) ?? [], quiz: data.quiz as string })),
			sections: lessonSections,
			questions: banks.flatMap(({ lesson, bank }) => bank.questions.map((q) => ({ bank: lesson.key, file: lesson.key, id: q.id }))),
			quizIds: new Set(banks.map(({ lesson }) => lesson.key)),
			milestoneIds: new Set(),
			pageIds: new Set(lessons.map((l) => l.id)),
		});
		expect(problems).toEqual([]);
		await expect(compile(bodyOf(siteLessonFile(lessons[9]!)))).resolves.toBeTruthy();
	});

	it('gives quiz banks that pass the bank-wide lint together, as the build requires', () => {
		const banks = planLessons(300)
			.filter((l) => l.hasQuiz)
			.map((lesson) => ({ file: lesson.key, questions: QuizBankSchema.parse(quizBank(lesson)).questions }));
		const failures = lintAllBanks(banks);
		expect(failures, formatBankFailures(failures)).toEqual([]);
	});

	it('gives quiz banks of five questions that use all six types across the site', () => {
		const banks = lessons.filter((l) => l.hasQuiz).map((lesson) => QuizBankSchema.parse(quizBank(lesson)));
		expect(banks.every((bank) => bank.questions.length === 5)).toBe(true);
		expect(new Set(banks.flatMap((bank) => bank.questions.map((q) => q.type)))).toEqual(
			new Set(['single', 'multiple', 'truefalse', 'order', 'match', 'spot']),
		);
	});

	it('gives bare Starlight the same pages without lesson fields or quizzes', () => {
		const site = contentFiles('site', 12, progressPages);
		const bare = contentFiles('bare', 12, progressPages);
		const docs = (files: Map<string, string>) => [...files.keys()].filter((path) => path.startsWith('content/docs/'));
		expect(docs(bare)).toEqual(docs(site));
		expect([...bare.keys()].some((path) => path.startsWith('content/quizzes/'))).toBe(false);
		const lesson = lessons.find((l) => l.hasQuiz)!;
		expect(Object.keys(frontmatterOf(bareLessonFile(lesson))).sort()).toEqual(['description', 'sidebar', 'title']);
		expect(bodyOf(bareLessonFile(lesson))).toBe(bodyOf(siteLessonFile(lesson)));
		// This site's own progress pages; bare Starlight gets plain pages with the same titles.
		expect(site.get('content/docs/progress/review.mdx')).toBe(progressPages.get('review.mdx'));
		expect(frontmatterOf(bare.get('content/docs/progress/review.mdx')!)).toMatchObject({ title: 'Review', sidebar: { order: 1 } });
	});

	it('samples pages that exist in both sites', () => {
		const docs = [...contentFiles('bare', 40, progressPages).keys()].map((path) =>
			path.replace(/^content\/docs\//, '').replace(/(^|\/)index\.mdx$/, '$1').replace(/\.mdx$/, '/'),
		);
		for (const page of Object.values(samplePages(40))) expect(docs).toContain(page.replace(/index\.html$/, ''));
	});

	it('refuses a lesson count that is not a positive whole number', () => {
		expect(() => planLessons(0)).toThrow(/at least 1, got 0/);
		expect(() => planLessons(2.5)).toThrow(/got 2.5/);
	});
});

describe('generated progress', () => {
	const outline = {
		sections: [
			{ lessons: [{ key: 'a', contentHash: 'h1', questions: ['a-q1', 'a-q2'] }, { key: 'b', contentHash: 'h2', questions: ['b-q1'] }] },
		],
	};

	it('is valid stored progress and a valid import file', () => {
		const progress = learnerProgress(outline);
		expect(ProgressSchema.parse(progress)).toEqual(progress);
		expect(Object.keys(progress.lessons)).toEqual(['a', 'b']);
		expect(Object.keys(progress.questions)).toEqual(['a-q1', 'a-q2', 'b-q1']);
		// Questions first missed wait in the review queue, as they would for a real learner.
		expect(Object.keys(progress.review)).toEqual(['a-q1']);
		expect(readImportFile(JSON.stringify(progressExport(progress, 'devops-path')), formatsFor('en')).ok).toBe(true);
	});

	it('covers a share of the course from its start', () => {
		expect(Object.keys(learnerProgress(outline, { share: 0.5 }).lessons)).toEqual(['a']);
	});

	it('is stored under the key the site uses', () => {
		expect(STORAGE_KEY).toBe(progressStorageKey('devops-path', '/'));
	});

	it('reads the outline the dashboard embeds, and says when there is none', () => {
		const html = `<p>x</p><script type="application/json" data-outline>${JSON.stringify(outline)}</script>`;
		expect(outlineFromDashboard(html)).toEqual(outline);
		expect(() => outlineFromDashboard('<p>no outline</p>')).toThrow(/data-outline/);
	});
});

describe('page weight', () => {
	const dist = mkdtempSync(join(tmpdir(), 'bench-weigh-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	mkdirSync(join(dist, '_astro'));
	mkdirSync(join(dist, 'page'));
	writeFileSync(join(dist, '_astro/entry.js'), 'import{a as b}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");');
	writeFileSync(join(dist, '_astro/shared.js'), 'export const a=1;');
	writeFileSync(join(dist, '_astro/side.js'), 'console.log(1);');
	writeFileSync(join(dist, '_astro/lazy.js'), 'x'.repeat(5000));
	writeFileSync(join(dist, '_astro/site.css'), 'body{color:red}');
	const html =
		'<html><head><link rel="stylesheet" href="/_astro/site.css"><style>p{margin:0}</style>' +
		'<script type="module" src="/_astro/entry.js"></script></head><body><script>let a=1</script>' +
		'<script type="application/json" data-x>{"big":"data"}</script></body></html>';
	writeFileSync(join(dist, 'page/index.html'), html);

	it('counts linked scripts with their static imports but not dynamic ones, and inline scripts but not JSON', () => {
		const weight = weighPage(dist, 'page/index.html');
		const entry = 'import{a as b}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");';
		expect(weight.js.external.raw).toBe(entry.length + 'export const a=1;'.length + 'console.log(1);'.length);
		expect(weight.js.inline.raw).toBe('let a=1'.length);
		expect(weight.css.external.raw).toBe('body{color:red}'.length);
		expect(weight.css.inline.raw).toBe('p{margin:0}'.length);
		expect(weight.html.raw).toBe(html.length);
		expect(weight.total.raw).toBe(html.length + weight.js.external.raw + weight.css.external.raw);
		expect(weight.total.gzip).toBeGreaterThan(0);
	});
});

describe('summaries and targets', () => {
	it('takes the median and the worst of repeated timings', () => {
		expect(timing([5, 1, 3])).toEqual({ median: 3, max: 5, samples: 3 });
		expect(timing([4, 1, 3, 2])).toEqual({ median: 2.5, max: 4, samples: 4 });
		expect(() => timing([])).toThrow(/no samples/);
	});

	it('compares (b) with (a) as a ratio', () => {
		expect(ratio(12, 10)).toBe(1.2);
		expect(ratio(1, 0)).toBeNaN();
	});

	const page = (htmlRaw: number, totalRaw = htmlRaw * 2) => ({
		path: 'x/index.html',
		html: { raw: htmlRaw, gzip: htmlRaw / 10 },
		js: { raw: 1, gzip: 1, external: { raw: 1, gzip: 1 }, inline: { raw: 0, gzip: 0 } },
		css: { raw: 1, gzip: 1, external: { raw: 1, gzip: 1 }, inline: { raw: 0, gzip: 0 } },
		total: { raw: totalRaw, gzip: totalRaw / 10 },
	});
	const variant = (wallMs: number, lessonHtml: number) => ({
		build: { wallMs, cpuMs: wallMs, peakRssBytes: 1 },
		site: { distBytes: 1, distFiles: 1, htmlPages: 1, pagefindIndexBytes: 1, pagefindBytes: 1 },
		pages: { home: page(10), lesson: page(lessonHtml), lessonWithQuiz: page(lessonHtml), dashboard: page(10) },
	});
	const t = (median: number) => ({ median, max: median, samples: 1 });
	const size = (lessons: number, site: { wallMs: number; html: number }, bareHtml: number): SizeResult => ({
		lessons,
		variants: { bare: variant(1000, bareHtml), site: variant(site.wallMs, site.html), fullSidebar: variant(site.wallMs, bareHtml) },
		browser: {
			quizFeedbackMs: { noProgress: t(10), largeProgress: t(12) },
			quizHandlerMs: { noProgress: t(2), largeProgress: t(3) },
			quizSavedMs: { noProgress: t(20), largeProgress: t(30) },
			dashboard: { renderMs: t(60), fillMs: t(5), navigationMs: t(100) },
			importMergeMs: t(30),
			lessons,
			answeredQuestions: lessons * 5,
			storedProgressBytes: 1,
			importFileBytes: 1,
		},
	});

	it('checks every target on the largest size and says which are met', () => {
		const checks = checkTargets([size(100, { wallMs: 1100, html: 100 }, 120), size(1000, { wallMs: 1300, html: 110 }, 300)]);
		const met = Object.fromEntries(checks.map((c) => [c.target, c.met]));
		expect(met['Build time (b)/(a) <= 1.2 at N = 1000']).toBe(false);
		expect(met['Lesson: page bytes (HTML + JS + CSS) (b)/(a) <= 1.1 at N = 1000']).toBe(true);
		expect(met['Quiz Check to feedback painted <= 16 ms at N = 1000 (median)']).toBe(true);
		expect(met['Dashboard render <= 50 ms at N = 1000 (median, HTML parsed to filled in)']).toBe(false);
		expect(checks.find((c) => c.target.startsWith('Lesson: HTML does not grow'))).toMatchObject({ met: true });
	});
});
