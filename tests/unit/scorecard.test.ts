import { describe, expect, it } from 'vitest';
import { rubric as table } from '../../src/config/rubric';
import { emptyProgress } from '../../src/lib/progress/model';
import { recordAnswer } from '../../src/lib/progress/answers';
import { RECENCY_HALF_LIFE_DAYS, scoreReadiness } from '../../src/lib/assessment/scorecard';
import { skillIds } from '../../src/schemas/vocabulary';

/** The rubric as a page passes it, each dimension named (here by its skill id). */
const rubric = table.map((dimension) => ({ ...dimension, label: dimension.skill }));

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21);
const questions = [
	{ id: 'git-1', skills: ['git'] },
	{ id: 'git-2', skills: ['git'] },
	{ id: 'iac-1', skills: ['iac', 'cloud'] },
	{ id: 'iac-2', skills: ['iac'] },
];
const dimension = (r: ReturnType<typeof scoreReadiness>, skill: string) => r.dimensions.find((d) => d.skill === skill)!;

it('the rubric covers every skill once and its weights add up to 100', () => {
	expect(rubric.map((d) => d.skill).sort()).toEqual([...skillIds].sort());
	expect(rubric.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
});

describe('scoreReadiness', () => {
	it('is 0 everywhere with no answers and suggests the heaviest dimensions', () => {
		const r = scoreReadiness(emptyProgress(), questions, rubric, NOW);
		expect(r.readiness).toBe(0);
		expect(r.studyNext.map((d) => d.weight)).toEqual([15, 15]);
	});
	it('rises with coverage and first-try accuracy', () => {
		const one = recordAnswer(emptyProgress(), 'git-1', true, NOW);
		expect(dimension(scoreReadiness(one, questions, rubric, NOW), 'git').mastery).toBe(50);
		const both = recordAnswer(one, 'git-2', true, NOW);
		expect(dimension(scoreReadiness(both, questions, rubric, NOW), 'git')).toMatchObject({ mastery: 100, answered: 2, total: 2 });
		const wrongFirst = recordAnswer(recordAnswer(one, 'git-2', false, NOW), 'git-2', true, NOW);
		expect(dimension(scoreReadiness(wrongFirst, questions, rubric, NOW), 'git').mastery).toBe(75);
	});
	it('counts a question for every skill it is tagged with', () => {
		const r = scoreReadiness(recordAnswer(emptyProgress(), 'iac-1', true, NOW), questions, rubric, NOW);
		expect(dimension(r, 'iac').mastery).toBe(50);
		expect(dimension(r, 'cloud').mastery).toBe(100);
	});
	it('fades with time since the last answer', () => {
		const p = recordAnswer(recordAnswer(emptyProgress(), 'git-1', true, NOW), 'git-2', true, NOW);
		const later = scoreReadiness(p, questions, rubric, NOW + RECENCY_HALF_LIFE_DAYS * DAY);
		expect(dimension(later, 'git').mastery).toBe(50);
	});
	it('weights the overall figure by the rubric', () => {
		const p = recordAnswer(recordAnswer(emptyProgress(), 'git-1', true, NOW), 'git-2', true, NOW);
		const r = scoreReadiness(p, questions, rubric, NOW);
		expect(r.readiness).toBe(10);
		expect(r.studyNext.map((d) => d.skill)).not.toContain('git');
	});
});
