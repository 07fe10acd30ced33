/**
 * The one interface between quizzes and whoever records results: quizzes dispatch this event
 * and never touch storage; the progress tracker listens for it.
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
	from.dispatchEvent(new CustomEvent<QuizAnsweredDetail>(QUIZ_ANSWERED, { detail, bubbles: true, composed: true }));
}

export function onAnswer(target: EventTarget, listener: (detail: QuizAnsweredDetail) => void): void {
	target.addEventListener(QUIZ_ANSWERED, (event) => listener((event as CustomEvent<QuizAnsweredDetail>).detail));
}
