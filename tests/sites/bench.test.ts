import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonSections } from '../../scripts/bench/content';
import { variants } from '../../scripts/bench/sites';
import type { BenchResult } from '../../scripts/bench/report';
import { root } from '../support/content-files';

/**
 * Runs `npm run bench` end to end at a small size, so the benchmark keeps working as the site
 * changes: three real builds and the browser timings. The study guide's Lighthouse scores are left
 * out: they need a build of the whole site (their parts are tested in bench-parts and the
 * Lighthouse gate). Its scratch space is inside the project (hard links need the same file system)
 * and ignored by Git.
 */
const out = join('bench-results', 'tmp', `test-${process.pid}`);

describe('npm run bench', () => {
	afterAll(() => rmSync(join(root, out), { recursive: true, force: true }));

	it(
		'builds both sites at a small N and reports every figure',
		async () => {
			const args = ['scripts/bench/run.ts', '--sizes', '5', '--out', out, '--study-guide', 'skip'];
			const { stdout } = await promisify(execFile)(process.execPath, ['node_modules/vite-node/vite-node.mjs', ...args], {
				cwd: root,
				maxBuffer: 16 * 1024 * 1024,
			});
			const result: BenchResult = JSON.parse(readFileSync(join(root, out, 'latest.json'), 'utf8'));
			const markdown = readFileSync(join(root, out, 'latest.md'), 'utf8');
			expect(stdout).toContain(markdown.trim());
			expect(existsSync(join(root, out, 'tmp')), 'scratch projects removed').toBe(false);

			expect(result.sizes.map((size) => size.lessons)).toEqual([5]);
			// The site also writes a redirect page for each lesson that moved to a section of its own.
			const movedLessons = readFileSync(join(root, 'astro.config.mjs'), 'utf8').match(/\{ from: '\/fundamentals\//g)?.length ?? 0;
			for (const size of result.sizes) {
				for (const [name, variant] of Object.entries(size.variants)) {
					expect(variant.build.wallMs).toBeGreaterThan(0);
					expect(variant.build.cpuMs).toBeGreaterThan(0);
					expect(variant.build.peakRssBytes).toBeGreaterThan(50 * 2 ** 20);
					expect(variant.site.pagefindIndexBytes).toBeGreaterThan(0);
					// One overview per lesson section, the home page, the progress pages (copied from the course) and 404.
					const progressPages = readdirSync(join(root, 'content/docs/progress')).filter((file) => file.endsWith('.mdx')).length;
					expect(variant.site.htmlPages).toBe(
						size.lessons +
							lessonSections.length +
							progressPages +
							2 +
							(variants[name as keyof typeof variants].kind === 'site' ? movedLessons : 0),
					);
					for (const page of Object.values(variant.pages)) {
						expect(page.html.raw).toBeGreaterThan(page.html.gzip);
						expect(page.css.raw).toBeGreaterThan(0);
					}
				}
				const { bare, site } = size.variants;
				// The quiz and the progress tracker are what this site adds to a lesson.
				expect(site.pages.lessonWithQuiz.html.raw).toBeGreaterThan(bare.pages.lessonWithQuiz.html.raw);
				expect(site.pages.lessonWithQuiz.js.raw).toBeGreaterThan(bare.pages.lessonWithQuiz.js.raw);
				const { browser } = size;
				// The generated lessons and one overview lesson per lesson section.
				expect(browser.lessons).toBe(size.lessons + lessonSections.length);
				expect(browser.answeredQuestions).toBe(size.lessons * 5);
				for (const t of [
					browser.quizFeedbackMs.noProgress,
					browser.quizFeedbackMs.largeProgress,
					browser.dashboard.renderMs,
					browser.importMergeMs,
				]) {
					expect(t.median).toBeGreaterThan(0);
					expect(t.max).toBeGreaterThanOrEqual(t.median);
				}
				expect(browser.quizFeedbackMs.largeProgress.samples).toBe(20);
			}
			// Targets are judged at N = 1000 only, and the study guide was left out: none is measured here.
			expect(result.targets).toHaveLength(12);
			expect(result.targets.filter((t) => t.status !== 'not measured')).toEqual([]);
			for (const size of result.sizes) {
				const { site, bare } = size.variants;
				expect(site.site.serviceWorker!.raw).toBeGreaterThan(site.site.serviceWorker!.gzip);
				expect(site.site.courseOutline!.raw).toBeGreaterThan(0);
				expect(bare.site.serviceWorker).toBeNull();
				// The lab lesson carries the lab element; bare Starlight's page of the same place is plain.
				expect(site.pages.lab.js.raw).toBeGreaterThan(site.pages.lessonWithQuiz.js.raw);
				expect(site.pages.lab.path).toBe(bare.pages.lab.path);
			}

			const top = markdown.indexOf('## Targets (issue #24)');
			expect(top).toBeGreaterThan(0);
			expect(top).toBeLessThan(markdown.indexOf('## N = 5 lessons'));
			for (const heading of ['## N = 5 lessons', '## In the browser']) expect(markdown).toContain(heading);
			for (const figure of [
				'Build wall time',
				'Build CPU time',
				'Build peak memory',
				'dist size',
				'Pagefind index',
				'Lesson with quiz: JS',
				'Dashboard: page total',
				'Lab lesson: JS',
				'Team view: page total',
			]) {
				expect(markdown).toMatch(new RegExp(`\\| ${figure} \\| [\\d.]+ \\w+`));
			}
			expect(markdown).toMatch(/\| sw\.js bytes \(raw \/ gzip\) \| none \| [\d.]+ KB \/ [\d.]+ KB \|/);
			expect(markdown).toMatch(/\| Quiz: Check to feedback painted, large stored progress \| [\d.]+ \(max [\d.]+\) \| 16 \|/);
		},
		10 * 60_000,
	);
});
