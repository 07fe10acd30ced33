import { letter } from '../../print/worksheet';
import { shuffledIndexes } from '../random';
import type { QuestionTypeModule, ScoringPart } from './contract';
import { duplicates } from './lint-rules';
import { AnswerMismatchError, partsRight } from './score-rules';

/** Pair i's left item belongs with pair i's right item, so the key is just how many pairs there are. */
type Key = { type: 'match'; count: number };
/** For each left item (authored order), the authored index of the chosen right item, or null. */
type Answer = { type: 'match'; choices: (number | null)[] };

export const scoring = {
	input: 'pairs',
	answer: (choices) => ({ type: 'match', choices }),
	isComplete: (answer) => answer.choices.length > 0 && answer.choices.every((choice) => choice !== null),
	score: (key, { choices }) => {
		if (choices.length !== key.count) throw new AnswerMismatchError(`a match answer needs a choice for each of the ${key.count} items`);
		return partsRight(
			key.count,
			choices.flatMap((choice, left) => (choice === left ? [] : [left])),
		);
	},
	summary: ({ right, total }) => ({ key: 'quiz.pairsRight', values: { right, total } }),
} satisfies ScoringPart<'match', Key, Answer, 'pairs'>;

export const match = {
	scoring,
	key: (question) => ({ type: 'match', count: question.pairs.length }),
	lint: (question) => [
		...duplicates(
			question.pairs.map((pair) => pair.left),
			'left item',
		),
		...duplicates(
			question.pairs.map((pair) => pair.right),
			'right item',
		),
	],
	hintRequired: true,
	view: (question, { random }) => ({
		input: {
			kind: 'pairs',
			lefts: question.pairs.map((pair, index) => ({ index, markdown: pair.left })),
			rights: shuffledIndexes(question.pairs.length, random, true).map((index) => ({ index, markdown: question.pairs[index]!.right })),
		},
		instruction: 'quizPage.matchEach',
	}),
	print: {
		instruction: 'print.writeLetter',
		answer: (input) => ({
			kind: 'pairs',
			pairs: input.lefts.map((left, position) => {
				const partner = input.rights.findIndex((right) => right.index === left.index);
				return { number: position + 1, leftHtml: left.html, label: letter(partner), rightText: input.rights[partner]!.text };
			}),
		}),
	},
} satisfies QuestionTypeModule<'match', Key, Answer, 'pairs'>;
