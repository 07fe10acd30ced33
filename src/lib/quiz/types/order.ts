import { letter } from '../../print/worksheet';
import { shuffledIndexes } from '../random';
import type { QuestionTypeModule, ScoringPart } from './contract';
import { duplicates } from './lint-rules';
import { AnswerMismatchError, partsRight } from './score-rules';

/** Items are authored in the right order, so the key is just how many there are. */
type Key = { type: 'order'; count: number };
/** Authored item indexes in the order the learner arranged them. */
type Answer = { type: 'order'; sequence: number[] };

export const scoring = {
	input: 'ordered',
	answer: (sequence) => ({ type: 'order', sequence }),
	isComplete: (answer) => answer.sequence.length > 0,
	score: (key, { sequence }) => {
		if (sequence.length !== key.count || new Set(sequence).size !== key.count) {
			throw new AnswerMismatchError(`an order answer must arrange each of the ${key.count} items exactly once`);
		}
		return partsRight(
			key.count,
			sequence.filter((item, position) => item !== position),
		);
	},
	summary: ({ right, total }) => ({ key: 'quiz.itemsInPlace', values: { right, total } }),
} satisfies ScoringPart<'order', Key, Answer, 'ordered'>;

export const order = {
	scoring,
	key: (question) => ({ type: 'order', count: question.items.length }),
	lint: (question) => duplicates(question.items, 'item'),
	hintRequired: true,
	// Never shown in the right order, on the first attempt or any later one.
	view: (question, { random }) => ({
		input: {
			kind: 'ordered',
			items: shuffledIndexes(question.items.length, random, true).map((index) => ({ index, markdown: question.items[index]! })),
		},
		shuffle: true,
		instruction: 'quizPage.arrange',
	}),
	print: {
		instruction: 'print.numberOrder',
		// An item's authored index is its place.
		answer: (input) => {
			const items = input.items.map((item, position) => ({ place: item.index, label: letter(position), html: item.html }));
			return { kind: 'sequence', items: items.sort((a, b) => a.place - b.place).map(({ label, html }) => ({ label, html })) };
		},
	},
} satisfies QuestionTypeModule<'order', Key, Answer, 'ordered'>;
