import { fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCard } from '../../schemas/progress';

/** Without fuzz the same reviews always give the same schedule, so merging two devices' queues is stable. */
const scheduler = fsrs({ enable_fuzz: false });

export interface ReviewOutcome {
	correct: boolean;
	/** The learner marked the answer as a guess. */
	unsure?: boolean;
}

/** How an answer on the Review page grades the card: wrong is Again, a guess is Hard, sure and right is Good. */
export function gradeOf({ correct, unsure }: ReviewOutcome): Grade {
	if (!correct) return Rating.Again;
	return unsure ? Rating.Hard : Rating.Good;
}

/** The card's next schedule after a review at `now` (ms). */
export function reschedule(card: ReviewCard, outcome: ReviewOutcome, now: number): ReviewCard {
	const { card: next } = scheduler.next(toFsrsCard(card), new Date(now), gradeOf(outcome));
	return fromFsrsCard(next, card.addedAt);
}

function toFsrsCard(card: ReviewCard): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: 0,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview),
	};
}

function fromFsrsCard(card: Card, addedAt: number): ReviewCard {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
		addedAt,
	};
}
