import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	LIGHTHOUSE_PAGES,
	lighthouseFailures,
	MAX_RUNS,
	scoreCells,
	shouldRerun,
	studyGuidePages,
	type LighthouseResult,
} from '../../scripts/gates/lighthouse.ts';

const fixture = (name: string) =>
	JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'gates', name), 'utf8')) as LighthouseResult;

describe('lighthouse thresholds', () => {
	const slow = fixture('lighthouse-slow.json');
	const missingAlt = fixture('lighthouse-missing-alt.json');

	it('fails a page below the performance threshold and names the audits that cost points', () => {
		expect(lighthouseFailures(slow)).toEqual([
			'Performance 0.91 < 0.95: largest-contentful-paint (0.99, 1.2 s), total-blocking-time (0.74, 340 ms)',
		]);
		expect(scoreCells(slow)).toEqual(['0.91', '1.00', '1.00', '1.00']);
	});

	it('fails anything short of a perfect accessibility score', () => {
		expect(lighthouseFailures(missingAlt)).toEqual(['Accessibility 0.93 < 1: image-alt (0.00)']);
	});

	it('passes a result that meets every threshold', () => {
		const good = structuredClone(slow);
		good.categories.performance!.score = 0.95;
		expect(lighthouseFailures(good)).toEqual([]);
	});

	it('fails a run that Lighthouse could not finish, and a missing category', () => {
		expect(lighthouseFailures({ ...slow, runtimeError: { code: 'NO_FCP', message: 'The page did not paint' } })).toEqual([
			'Lighthouse could not test the page: NO_FCP The page did not paint',
		]);
		const { seo: _seo, ...categories } = slow.categories;
		expect(lighthouseFailures({ ...slow, categories: { ...categories, performance: { ...categories.performance!, score: 1 } } })).toEqual([
			'no "seo" category in the report',
		]);
	});

	it('runs a page again only when performance alone missed, up to the run limit', () => {
		expect(shouldRerun(slow, 1)).toBe(true);
		expect(shouldRerun(slow, MAX_RUNS)).toBe(false);
		expect(shouldRerun(missingAlt, 1)).toBe(false);
		const both = structuredClone(missingAlt);
		both.categories.performance!.score = 0.5;
		expect(shouldRerun(both, 1)).toBe(false);
	});

	it('names the study guide views among its pages, for the benchmark', () => {
		// The gate checks at least one guide view, so the benchmark has one to score.
		expect(studyGuidePages().length).toBeGreaterThan(0);
		expect(studyGuidePages().every((page) => LIGHTHOUSE_PAGES.includes(page))).toBe(true);
		expect(
			studyGuidePages([
				{ name: 'home', file: 'index.html' },
				{ name: 'guide', file: 'study-guide/index.html' },
				{ name: 'section', file: 'study-guide/linux/index.html' },
				{ name: 'lesson', file: 'linux/study-guide/index.html' },
			]).map((page) => page.name),
		).toEqual(['guide', 'section']);
	});
});
