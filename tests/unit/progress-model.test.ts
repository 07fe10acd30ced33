import { describe, expect, it } from 'vitest';
import { setChecklistItem, setLessonDone, viewWorkedSolution } from '../../src/lib/progress/lessons';
import { emptyProgress, mergeProgress, startLesson } from '../../src/lib/progress/model';
import { addToReview, applyQuizAnswer, recordAnswer } from '../../src/lib/progress/answers';
import { forget } from '../../src/lib/progress/reset';
import { dueForReview, setReviewCard } from '../../src/lib/progress/review-queue';

describe('lessons', () => {
	it('opening starts a lesson once and never downgrades a finished one', () => {
		const started = startLesson(emptyProgress(), 'a', 1);
		expect(started.lessons.a).toEqual({ status: 'in-progress', startedAt: 1, updatedAt: 1 });
		const done = setLessonDone(started, 'a', true, 'hash1', 5);
		expect(startLesson(done, 'a', 9)).toBe(done);
		expect(done.lessons.a).toEqual({ status: 'done', startedAt: 1, updatedAt: 5, completedAt: 5, contentHash: 'hash1' });
	});
	it('un-completing keeps when it started', () => {
		const undone = setLessonDone(setLessonDone(emptyProgress(), 'a', true, 'h', 3), 'a', false, 'h', 7);
		expect(undone.lessons.a).toEqual({ status: 'in-progress', startedAt: 3, updatedAt: 7 });
	});
	it('opening a worked solution starts the lesson, keeps the first look, and survives completing and un-completing', () => {
		const viewed = viewWorkedSolution(emptyProgress(), 'a', 2);
		expect(viewed.lessons.a).toEqual({ status: 'in-progress', startedAt: 2, updatedAt: 2, solutionViewedAt: 2 });
		expect(viewWorkedSolution(viewed, 'a', 8)).toBe(viewed);
		const done = setLessonDone(viewed, 'a', true, 'h', 5);
		expect(done.lessons.a?.solutionViewedAt).toBe(2);
		expect(setLessonDone(done, 'a', false, 'h', 6).lessons.a?.solutionViewedAt).toBe(2);
	});
});

describe('questions', () => {
	it('keeps the first try and the latest result', () => {
		let p = recordAnswer(emptyProgress(), 'q', false, 1);
		p = recordAnswer(p, 'q', true, 2);
		expect(p.questions.q).toEqual({ attempts: 2, firstCorrect: false, lastCorrect: true, firstAnsweredAt: 1, lastAnsweredAt: 2 });
	});
	it('a checked quiz answer is counted, and queued for review unless right and sure', () => {
		const answer = (question: string, correct: boolean, unsure?: boolean) => ({ bank: 'b', question, correct, unsure });
		let p = applyQuizAnswer(emptyProgress(), answer('right', true), 1);
		p = applyQuizAnswer(p, answer('missed', false), 2);
		p = applyQuizAnswer(p, answer('guessed', true, true), 3);
		expect(Object.keys(p.questions).sort()).toEqual(['guessed', 'missed', 'right']);
		expect(p.questions.guessed).toMatchObject({ attempts: 1, firstCorrect: true });
		expect(Object.keys(p.review).sort()).toEqual(['guessed', 'missed']);
		expect(p.review.missed).toMatchObject({ due: 2, addedAt: 2 });
	});
});

describe('merge', () => {
	it('keeps a worked solution opened in either tab, at its first time, whichever change is newer', () => {
		const viewedHere = viewWorkedSolution(emptyProgress(), 'a', 4);
		const doneThere = setLessonDone(emptyProgress(), 'a', true, 'h', 9);
		expect(mergeProgress(viewedHere, doneThere).lessons.a).toEqual({
			status: 'done',
			startedAt: 9,
			updatedAt: 9,
			completedAt: 9,
			contentHash: 'h',
			solutionViewedAt: 4,
		});
		expect(mergeProgress(doneThere, viewWorkedSolution(emptyProgress(), 'a', 3)).lessons.a?.solutionViewedAt).toBe(3);
		expect(mergeProgress(doneThere, doneThere).lessons.a).not.toHaveProperty('solutionViewedAt');
	});
	it('keeps entries only one side has', () => {
		const a = setLessonDone(emptyProgress(), 'a', true, 'h', 1);
		const b = recordAnswer(setChecklistItem(emptyProgress(), 'm:x', true, 2), 'q', true, 3);
		const merged = mergeProgress(a, b);
		expect(Object.keys(merged.lessons)).toEqual(['a']);
		expect(Object.keys(merged.questions)).toEqual(['q']);
		expect(Object.keys(merged.checklist)).toEqual(['m:x']);
	});
	it('the later change to a lesson or checklist item wins', () => {
		const a = setLessonDone(emptyProgress(), 'a', true, 'h', 5);
		const b = setLessonDone(emptyProgress(), 'a', false, 'h', 9);
		expect(mergeProgress(a, b).lessons.a?.status).toBe('in-progress');
		expect(mergeProgress(b, a).lessons.a?.status).toBe('in-progress');
		const c = setChecklistItem(emptyProgress(), 'm:x', true, 9);
		const d = setChecklistItem(emptyProgress(), 'm:x', false, 4);
		expect(mergeProgress(c, d).checklist['m:x']?.done).toBe(true);
	});
	it('question history keeps the earliest first try and the latest last try', () => {
		const a = recordAnswer(recordAnswer(emptyProgress(), 'q', false, 1), 'q', true, 4);
		const b = recordAnswer(emptyProgress(), 'q', true, 2);
		expect(mergeProgress(b, a).questions.q).toEqual({
			attempts: 2,
			firstCorrect: false,
			firstAnsweredAt: 1,
			lastCorrect: true,
			lastAnsweredAt: 4,
		});
	});
	it('merging the same progress twice changes nothing', () => {
		const a = recordAnswer(setLessonDone(emptyProgress(), 'a', true, 'h', 1), 'q', false, 2);
		expect(mergeProgress(a, a)).toEqual(a);
		expect(mergeProgress(mergeProgress(a, a), a)).toEqual(a);
	});
});

it('forget drops the named entries only', () => {
	let p = setLessonDone(emptyProgress(), 'a', true, 'h', 1);
	p = setLessonDone(p, 'b', true, 'h', 1);
	p = recordAnswer(p, 'q1', true, 1);
	p = recordAnswer(p, 'q2', true, 1);
	const reset = forget(p, { lessons: ['a'], questions: ['q1'] });
	expect(Object.keys(reset.lessons)).toEqual(['b']);
	expect(Object.keys(reset.questions)).toEqual(['q2']);
});

describe('review queue', () => {
	it('a question enters once, as a new card due at once', () => {
		const p = addToReview(emptyProgress(), 'q', 100);
		expect(p.review.q).toMatchObject({ due: 100, state: 0, reps: 0, addedAt: 100 });
		expect(addToReview(p, 'q', 200)).toBe(p);
		expect(dueForReview(p, 99)).toEqual([]);
		expect(dueForReview(p, 100)).toEqual(['q']);
	});
	it('lists due questions, the longest overdue first', () => {
		let p = addToReview(emptyProgress(), 'late', 50);
		p = addToReview(p, 'early', 10);
		p = setReviewCard(p, 'future', { ...p.review.late!, due: 10_000 });
		expect(dueForReview(p, 1000)).toEqual(['early', 'late']);
	});
	it('merge keeps the card reviewed most recently', () => {
		const added = addToReview(emptyProgress(), 'q', 10);
		const reviewed = setReviewCard(added, 'q', { ...added.review.q!, due: 5000, reps: 1, lastReview: 20 });
		expect(mergeProgress(added, reviewed).review.q?.reps).toBe(1);
		expect(mergeProgress(reviewed, added).review.q?.reps).toBe(1);
	});
	it('a section reset drops its questions from the queue', () => {
		const p = addToReview(emptyProgress(), 'q', 1);
		expect(forget(p, { questions: ['q'] }).review).toEqual({});
	});
});
