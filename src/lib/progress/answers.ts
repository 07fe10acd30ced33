import type { Progress, QuestionProgress, ReviewCard } from '../../schemas/progress';
import type { QuizAnsweredDetail } from '../quiz/events';
import { entryOf, withEntry } from './records';

/**
 * What a quiz answer changes in progress. Apart from the rest of the model so that pages without
 * a quiz do not load it.
 */

export function recordAnswer(progress: Progress, questionId: string, correct: boolean, now: number): Progress {
	const previous = entryOf(progress.questions, questionId);
	const question: QuestionProgress = previous
		? { ...previous, attempts: previous.attempts + 1, lastCorrect: correct, lastAnsweredAt: now }
		: { attempts: 1, firstCorrect: correct, lastCorrect: correct, firstAnsweredAt: now, lastAnsweredAt: now };
	return { ...progress, questions: withEntry(progress.questions, questionId, question) };
}

/** A missed or unsure answer puts the question in the review queue as a new card, due at once. */
export function addToReview(progress: Progress, questionId: string, now: number): Progress {
	if (entryOf(progress.review, questionId)) return progress;
	const card: ReviewCard = {
		due: now,
		stability: 0,
		difficulty: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 0,
		addedAt: now,
	};
	return { ...progress, review: withEntry(progress.review, questionId, card) };
}

/** A checked answer: counted, and unless it was right and sure, queued for review. */
export function applyQuizAnswer(progress: Progress, { question, correct, unsure }: QuizAnsweredDetail, now: number): Progress {
	const answered = recordAnswer(progress, question, correct, now);
	return correct && !unsure ? answered : addToReview(answered, question, now);
}
