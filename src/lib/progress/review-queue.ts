import type { Progress, ReviewCard } from '../../schemas/progress';

export function setReviewCard(progress: Progress, questionId: string, card: ReviewCard): Progress {
	return { ...progress, review: { ...progress.review, [questionId]: card } };
}

/** Questions due for review at `now`, the longest overdue first. */
export function dueForReview(progress: Progress, now: number): string[] {
	return Object.entries(progress.review)
		.filter(([, card]) => card.due <= now)
		.sort(([, a], [, b]) => a.due - b.due)
		.map(([id]) => id);
}
