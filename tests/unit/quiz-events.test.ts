import { describe, expect, it } from 'vitest';
import { onAnswer, QUIZ_ANSWERED, reportAnswer, type QuizAnsweredDetail } from '../../src/lib/quiz/events';

describe('the answered event', () => {
	const answer: QuizAnsweredDetail = { bank: 'plan', question: 'plan-one', correct: false };

	it('reaches the progress tracker, unless a page on its way saved the answer itself and cancelled it', () => {
		const page = new EventTarget();
		const heard: QuizAnsweredDetail[] = [];
		onAnswer(page, (detail) => heard.push(detail));
		reportAnswer(page, answer);
		expect(heard).toEqual([answer]);

		const review = new EventTarget();
		review.addEventListener(QUIZ_ANSWERED, (event) => event.preventDefault());
		onAnswer(review, (detail) => heard.push(detail));
		reportAnswer(review, answer);
		expect(heard).toEqual([answer]);
	});
});
