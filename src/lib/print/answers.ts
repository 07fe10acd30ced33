import type { Question, QuestionType } from '../../schemas/quiz';
import { answerKeyOf, type AnswerKey } from '../quiz/scoring';
import type { InputView, QuestionView } from '../quiz/types/contract';
import { questionTypes } from '../quiz/types/index';
import type { PrintedAnswer } from './worksheet';

export { letter, type LabelledChoice, type PrintedAnswer } from './worksheet';

/** A print part over any question type; `answerOf` checks first that the key is of the view's type. */
type AnyAnswer = (input: InputView, key: AnswerKey, question: Question) => PrintedAnswer;

/** A question's right answer in the terms of its printed worksheet (its letters and line numbers), by its type's print part. */
export function answerOf(view: QuestionView, key: AnswerKey, question: Question): PrintedAnswer {
	if (key.type !== view.type) {
		throw new Error(`question "${view.id}": a ${key.type} key does not fit a ${view.type} question`);
	}
	return (questionTypes[view.type].print.answer as AnyAnswer)(view.input, key, question);
}

/** The printed answer of a question drawn as `view`. */
export function printedAnswerOf(question: Question, view: QuestionView): PrintedAnswer {
	return answerOf(view, answerKeyOf(question), question);
}

/** What the worksheet tells the learner to do for a question of this type, as an interface string's key. */
export function worksheetInstruction(type: QuestionType) {
	return questionTypes[type].print.instruction;
}
