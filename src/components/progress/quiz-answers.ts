import type { Progress } from '../../schemas/progress';
import { applyQuizAnswer } from '../../lib/progress/answers';
import { onAnswer } from '../../lib/quiz/events';
import { record, startOpenedLesson, store } from './page-store';

type Change = (progress: Progress) => Progress;

/**
 * Answers are saved just after the quiz's feedback is on screen: saving re-reads and rewrites the
 * whole stored history, which on a long course takes longer than a frame. Leaving or hiding the
 * page saves at once, so no answer waits past it.
 */
let unsaved: Change[] = [];

/**
 * Every answer checked on this page goes into the learner's progress and, when missed or unsure,
 * the review queue; an answer the page saved itself (its event cancelled) is left alone.
 */
onAnswer(document, (answer) => {
	const now = Date.now();
	unsaved.push((progress) => applyQuizAnswer(progress, answer, now));
	if (unsaved.length === 1) requestAnimationFrame(() => setTimeout(saveAnswers));
});

function saveAnswers() {
	if (!unsaved.length) return;
	const changes = unsaved;
	unsaved = [];
	record((progress) => startOpenedLesson(changes.reduce((next, change) => change(next), progress)));
}

function saveAnswersNow() {
	saveAnswers();
	store.flushNow();
}

window.addEventListener('pagehide', saveAnswersNow);
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saveAnswersNow());
