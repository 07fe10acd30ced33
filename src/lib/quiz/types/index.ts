import type { QuestionType } from '../../../schemas/quiz';
import type { InputKind, QuestionTypeModule, ScoringPart } from './contract';
import { command, scoring as commandScoring } from './command';
import { match, scoring as matchScoring } from './match';
import { multiple, scoring as multipleScoring } from './multiple';
import { order, scoring as orderScoring } from './order';
import { output, scoring as outputScoring } from './output';
import { single, scoring as singleScoring } from './single';
import { spot, scoring as spotScoring } from './spot';
import { truefalse, scoring as truefalseScoring } from './truefalse';

/*
 * A question type is one module in this folder and its schema in src/schemas/quiz.ts; each
 * record below names every type, so leaving one out is a type error. Each module checks its own
 * parts against its key and answer (contract.ts); these records only need the type to match.
 */

/** Every question type with all its parts, for the build (views, lint, answer key). */
export const questionTypes = { single, multiple, truefalse, order, match, spot, command, output } satisfies {
	[T in QuestionType]: QuestionTypeModule<T, { type: T }, { type: T }, InputKind>;
};

/**
 * Only the scoring parts, for the quiz engine: importing these names alone keeps the lint, view
 * and print parts (and what they import) out of the browser bundle.
 */
export const scorers = {
	single: singleScoring,
	multiple: multipleScoring,
	truefalse: truefalseScoring,
	order: orderScoring,
	match: matchScoring,
	spot: spotScoring,
	command: commandScoring,
	output: outputScoring,
} satisfies {
	[T in QuestionType]: ScoringPart<T, { type: T }, { type: T }, InputKind>;
};
