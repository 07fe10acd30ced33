/**
 * The one interface between quizzes and whoever records results: quizzes dispatch this event
 * and never touch storage; the progress tracker listens for it. A page that saves an answer
 * itself, in one write with what else the answer changes there (the Review page's new schedule
 * for the card), cancels the event on its way up, and the tracker leaves that answer alone.
 */
export const QUIZ_ANSWERED = 'devops-path:quiz-answered';

export interface QuizAnsweredDetail {
	bank: string;
	question: string;
	correct: boolean;
	/** The learner marked the answer as a guess (feeds the review queue). */
	unsure?: boolean;
}

export function reportAnswer(from: EventTarget, detail: QuizAnsweredDetail): void {
	from.dispatchEvent(new CustomEvent<QuizAnsweredDetail>(QUIZ_ANSWERED, { detail, bubbles: true, composed: true, cancelable: true }));
}

/** Calls `listener` with each answer that reaches `target` and that no page saved itself. */
export function onAnswer(target: EventTarget, listener: (detail: QuizAnsweredDetail) => void): void {
	target.addEventListener(QUIZ_ANSWERED, (event) => {
		if (!event.defaultPrevented) listener((event as CustomEvent<QuizAnsweredDetail>).detail);
	});
}
