import { describe, expect, it } from 'vitest';
import { setLessonDone } from '../../src/lib/progress/lessons';
import { emptyProgress } from '../../src/lib/progress/model';
import { recordAnswer } from '../../src/lib/progress/answers';
import { sectionIds, summarise, type CourseOutline } from '../../src/lib/progress/summary';

const lesson = (key: string, questions: string[] = [], prerequisites: string[] = []) => ({
	key,
	title: key,
	href: `/${key}/`,
	contentHash: `hash-${key}`,
	prerequisites,
	questions,
});
const outline: CourseOutline = {
	sections: [
		{ id: 'start', label: 'Start', lessons: [lesson('intro', ['q1'])], checklist: [] },
		{
			id: 'lifecycle',
			label: 'Lifecycle',
			lessons: [lesson('lifecycle-plan', ['p1', 'p2'], ['intro']), lesson('lifecycle-build', ['b1', 'b2', 'b3', 'b4'], ['lifecycle-plan'])],
			checklist: ['days-30:access'],
		},
	],
	phases: { plan: 'lifecycle-plan', build: 'lifecycle-build' },
	checklists: [{ id: 'days-30', items: ['days-30:access'] }],
};

describe('summarise', () => {
	it('is all zeros with no progress and recommends the first lesson', () => {
		const summary = summarise(emptyProgress(), outline);
		expect(summary.overall).toEqual({ done: 0, total: 3, percent: 0 });
		expect(summary.accuracy).toEqual({ answered: 0, firstTryCorrect: 0, total: 7, percent: 0 });
		expect(summary.next?.key).toBe('intro');
		expect(summary.phases).toEqual({ plan: 0, build: 0 });
	});
	it('counts lessons per section, first-try accuracy and phase completion', () => {
		let p = setLessonDone(emptyProgress(), 'intro', true, 'hash-intro', 1);
		p = setLessonDone(p, 'lifecycle-plan', true, 'hash-lifecycle-plan', 2);
		p = recordAnswer(p, 'p1', true, 3);
		p = recordAnswer(p, 'b1', false, 4);
		p = recordAnswer(p, 'b1', true, 5);
		const summary = summarise(p, outline);
		expect(summary.overall).toEqual({ done: 2, total: 3, percent: 67 });
		expect(summary.sections.map((s) => [s.id, s.done, s.total])).toEqual([
			['start', 1, 1],
			['lifecycle', 1, 2],
		]);
		expect(summary.accuracy).toMatchObject({ answered: 2, firstTryCorrect: 1, percent: 50 });
		expect(summary.phases).toEqual({ plan: 75, build: 13 });
	});
	it('recommends the first unfinished lesson whose prerequisites are done', () => {
		const p = setLessonDone(emptyProgress(), 'intro', true, 'hash-intro', 1);
		expect(summarise(p, outline).next?.key).toBe('lifecycle-plan');
		const skipped = setLessonDone(emptyProgress(), 'lifecycle-plan', true, 'x', 1);
		expect(summarise(skipped, outline).next?.key).toBe('intro');
	});
	it('lists lessons whose content changed since they were completed, without resetting them', () => {
		const p = setLessonDone(emptyProgress(), 'intro', true, 'an-older-hash', 1);
		const summary = summarise(p, outline);
		expect(summary.updated.map((l) => l.key)).toEqual(['intro']);
		expect(summary.overall.done).toBe(1);
	});
	it('ignores progress for lessons and questions that no longer exist', () => {
		const p = recordAnswer(setLessonDone(emptyProgress(), 'removed-lesson', true, 'h', 1), 'removed-q', true, 1);
		const summary = summarise(p, outline);
		expect(summary.overall.done).toBe(0);
		expect(summary.accuracy.answered).toBe(0);
	});
});

it('sectionIds lists what a section reset forgets', () => {
	expect(sectionIds(outline, 'lifecycle')).toEqual({
		lessons: ['lifecycle-plan', 'lifecycle-build'],
		questions: ['p1', 'p2', 'b1', 'b2', 'b3', 'b4'],
		checklist: ['days-30:access'],
	});
	expect(sectionIds(outline, 'nope')).toEqual({ lessons: [], questions: [], checklist: [] });
});
