import type { Question, QuestionType } from '../../schemas/quiz';
import type { InputKind, Score, ScoringPart } from './types/contract';
import { questionTypes, scorers } from './types/index';
import { AnswerMismatchError } from './types/score-rules';

/**
 * Scoring for every question type, through each type's scoring part (src/lib/quiz/types/). Works
 * on the answer key the page embeds (no prose), so the same code runs in the browser and in unit
 * tests. Indexes always refer to the authored order.
 */
type Scorers = typeof scorers;
// A scoring part's parameters carry the key and answer types its module declares.
export type AnswerKey = Parameters<Scorers[QuestionType]['score']>[0];
export type Answer = Parameters<Scorers[QuestionType]['score']>[1];
type KeyOf<T extends QuestionType> = Extract<AnswerKey, { type: T }>;
type AnswerOf<T extends QuestionType> = Extract<Answer, { type: T }>;
export type { Score };
export { AnswerMismatchError };

/**
 * The scoring part of one type, with its key and answer in the same terms. TypeScript cannot
 * relate `scorers[type]` to a key of that same type by itself, so the one cast is here.
 */
export function scorerOf<T extends QuestionType>(type: T): ScoringPart<T, KeyOf<T>, AnswerOf<T>, InputKind> {
	return scorers[type] as unknown as ScoringPart<T, KeyOf<T>, AnswerOf<T>, InputKind>;
}

export function isComplete(answer: Answer): boolean {
	return scorerOf(answer.type).isComplete(answer);
}

export function scoreAnswer(key: AnswerKey, answer: Answer): Score {
	if (key.type !== answer.type) throw new AnswerMismatchError(`a ${answer.type} answer cannot be scored against a ${key.type} key`);
	return scorerOf(key.type).score(key, answer);
}

/** The key the page embeds for one question: which answers are right, none of the prose. */
export function answerKeyOf(question: Question): AnswerKey {
	// Each type's key takes its own questions only; `question.type` picked that type.
	return (questionTypes[question.type].key as (question: Question) => AnswerKey)(question);
}
