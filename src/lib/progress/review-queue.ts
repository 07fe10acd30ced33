import type { Progress, ReviewCard } from '../../schemas/progress';
import { withEntry } from './records';

export function setReviewCard(progress: Progress, questionId: string, card: ReviewCard): Progress {
	return { ...progress, review: withEntry(progress.review, questionId, card) };
}

/**
 * Questions due for review at `now`, the longest overdue first. Cards of questions the course no
 * longer has (a team edited a bank) are skipped, never deleted: their history stays in progress
 * and in exports, and comes back into use if the question returns.
 */
export function dueForReview(progress: Progress, now: number, inCourse?: (questionId: string) => boolean): string[] {
	return Object.entries(progress.review)
		.filter(([id, card]) => card.due <= now && (!inCourse || inCourse(id)))
		.sort(([, a], [, b]) => a.due - b.due)
		.map(([id]) => id);
}
