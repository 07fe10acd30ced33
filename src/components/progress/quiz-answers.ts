import { applyQuizAnswer } from '../../lib/progress/answers';
import { onAnswer } from '../../lib/quiz-events';
import { record } from './page-store';

/** Every answer checked on this page goes into the learner's progress and, when missed or unsure, the review queue. */
onAnswer(document, (answer) => {
	const now = Date.now();
	record((progress) => applyQuizAnswer(progress, answer, now));
});
