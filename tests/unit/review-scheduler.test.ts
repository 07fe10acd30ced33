import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/lib/progress/model';
import { addToReview } from '../../src/lib/progress/answers';
import { dueForReview, setReviewCard } from '../../src/lib/progress/review-queue';
import { reschedule } from '../../src/lib/review/scheduler';
import { ReviewCardSchema } from '../../src/schemas/progress';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 21, 9, 0, 0);
const newCard = () => addToReview(emptyProgress(), 'q', T0).review.q!;

describe('reschedule (FSRS, fixed clock)', () => {
	it('a wrong answer brings the question back within minutes', () => {
		const card = reschedule(newCard(), { correct: false }, T0);
		expect(card.due).toBeGreaterThan(T0);
		expect(card.due - T0).toBeLessThanOrEqual(10 * MINUTE);
		expect(card).toMatchObject({ reps: 1, lastReview: T0, addedAt: T0 });
		expect(ReviewCardSchema.safeParse(card).success).toBe(true);
	});
	it('orders the next review by how well it went: wrong < unsure < right', () => {
		const again = reschedule(newCard(), { correct: false }, T0).due;
		const hard = reschedule(newCard(), { correct: true, unsure: true }, T0).due;
		const good = reschedule(newCard(), { correct: true }, T0).due;
		expect(again).toBeLessThanOrEqual(hard);
		expect(hard).toBeLessThanOrEqual(good);
	});
	it('spaces reviews out to days as right answers repeat', () => {
		let card = newCard();
		let now = T0;
		const gaps: number[] = [];
		for (let i = 0; i < 5; i++) {
			card = reschedule(card, { correct: true }, now);
			gaps.push(card.due - now);
			now = card.due;
		}
		expect(gaps.at(-1)!).toBeGreaterThan(DAY);
		expect(gaps.at(-1)!).toBeGreaterThan(gaps[1]!);
	});
	it('is deterministic', () => {
		expect(reschedule(newCard(), { correct: true }, T0)).toEqual(reschedule(newCard(), { correct: true }, T0));
	});
	it('a rescheduled card is due at its scheduled time, not before', () => {
		const card = reschedule(newCard(), { correct: true }, T0);
		const progress = setReviewCard(emptyProgress(), 'q', card);
		expect(dueForReview(progress, card.due - 1)).toEqual([]);
		expect(dueForReview(progress, card.due)).toEqual(['q']);
	});
	it('a lapse after learning counts', () => {
		let card = newCard();
		let now = T0;
		for (let i = 0; i < 4; i++) {
			card = reschedule(card, { correct: true }, now);
			now = card.due;
		}
		const lapsed = reschedule(card, { correct: false }, now);
		expect(lapsed.lapses).toBe(1);
		expect(lapsed.due - now).toBeLessThan(card.scheduledDays * DAY);
	});
});
