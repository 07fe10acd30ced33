import { describe, expect, it } from 'vitest';
import { questionEvidence, recallAfter, skillMastery, type QuestionForMastery } from '../../src/lib/assessment/mastery';
import { emptyProgress } from '../../src/lib/progress/model';
import { recordAnswer } from '../../src/lib/progress/answers';
import type { Progress, ReviewCard } from '../../src/schemas/progress';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9);
const questions: QuestionForMastery[] = Array.from({ length: 10 }, (_, i) => ({ id: `git-${i}`, skills: ['git'] }));
const other: QuestionForMastery = { id: 'cicd-0', skills: ['cicd'] };
const all = [...questions, other];

/** Answers the first `count` git questions, each right or wrong, on the given day. */
function answer(progress: Progress, count: number, correct: boolean, day: number): Progress {
	return questions.slice(0, count).reduce((p, q) => recordAnswer(p, q.id, correct, T0 + day * DAY), progress);
}
const git = (progress: Progress, day: number) => skillMastery(progress, all, ['git'], T0 + day * DAY)[0]!;

describe('mastery per skill', () => {
	it('is "not started" before any answer, and "attempted" after a few wrong ones', () => {
		expect(git(emptyProgress(), 0)).toMatchObject({ level: 'not-started', answered: 0, total: 10 });
		expect(git(answer(emptyProgress(), 2, false, 0), 0).level).toBe('attempted');
	});

	it('rises with right answers, and higher levels need them spread over days', () => {
		const three = answer(emptyProgress(), 3, true, 0);
		expect(git(three, 0).level).toBe('familiar');
		// Ten right answers in one sitting: strong, but nothing shows it lasts yet.
		const crammed = answer(emptyProgress(), 10, true, 0);
		expect(git(crammed, 0)).toMatchObject({ level: 'familiar', spaced: 0 });
		// The same ten still right a week later: remembered, so it counts as lasting.
		const spaced = answer(crammed, 10, true, 7);
		expect(git(spaced, 7)).toMatchObject({ level: 'mastered', spaced: 1, accuracy: 1 });
		const partly = answer(crammed, 3, true, 7);
		expect(git(partly, 7).level).toBe('proficient');
	});

	it('decays with time when nothing is answered', () => {
		const spaced = answer(answer(emptyProgress(), 10, true, 0), 10, true, 7);
		const levels = [7, 67, 400].map((day) => git(spaced, day).level);
		expect(levels).toEqual(['mastered', 'proficient', 'familiar']);
		expect(git(spaced, 67).strength).toBeLessThan(git(spaced, 7).strength);
	});

	it('falls after misses, and the missed questions come first in what to practise next', () => {
		const spaced = answer(answer(emptyProgress(), 10, true, 0), 10, true, 7);
		const missed = answer(spaced, 3, false, 8);
		const result = git(missed, 8);
		expect(result.level).toBe('familiar');
		expect(result.accuracy).toBeCloseTo(0.7);
		expect(result.next).toEqual(['git-0', 'git-1', 'git-2']);
	});

	it('suggests faded answers before new questions, and new questions when nothing is weak', () => {
		const early = answer(emptyProgress(), 2, true, 0);
		expect(git(early, 30).next).toEqual(['git-0', 'git-1', 'git-2']);
		expect(git(emptyProgress(), 0).next).toEqual(['git-0', 'git-1', 'git-2']);
		const fresh = answer(emptyProgress(), 2, true, 0);
		expect(git(fresh, 0).next).toEqual(['git-2', 'git-3', 'git-4']);
	});

	it('counts only the questions tagged with the skill', () => {
		const progress = recordAnswer(emptyProgress(), 'cicd-0', true, T0);
		expect(git(progress, 0).level).toBe('not-started');
		expect(skillMastery(progress, all, ['cicd'], T0)[0]).toMatchObject({ level: 'familiar', answered: 1, total: 1 });
	});
});

describe('evidence of one question', () => {
	it('follows the FSRS forgetting curve: 90% at one stability, lower after', () => {
		expect(recallAfter(0, 5)).toBe(1);
		expect(recallAfter(5, 5)).toBeCloseTo(0.9, 5);
		expect(recallAfter(50, 5)).toBeLessThan(0.6);
	});

	it("uses a reviewed card's stability, so a well-reviewed question stays remembered longer", () => {
		const progress = answer(emptyProgress(), 1, true, 0);
		const card: ReviewCard = {
			due: T0 + 60 * DAY,
			stability: 40,
			difficulty: 5,
			scheduledDays: 40,
			learningSteps: 0,
			reps: 3,
			lapses: 0,
			state: 2,
			lastReview: T0,
			addedAt: T0,
		};
		const without = questionEvidence('git-0', progress.questions['git-0'], undefined, T0 + 30 * DAY);
		const withCard = questionEvidence('git-0', progress.questions['git-0'], card, T0 + 30 * DAY);
		expect(withCard.recall).toBeGreaterThan(without.recall);
	});

	it('gives less credit to a question that was right only after a wrong first try', () => {
		const late = recordAnswer(recordAnswer(emptyProgress(), 'git-0', false, T0), 'git-0', true, T0);
		const first = recordAnswer(emptyProgress(), 'git-0', true, T0);
		expect(questionEvidence('git-0', late.questions['git-0'], undefined, T0).recall).toBeLessThan(
			questionEvidence('git-0', first.questions['git-0'], undefined, T0).recall,
		);
	});
});
