import { describe, expect, it } from 'vitest';
import { answerOf } from '../../src/lib/print/answers';
import type { PrintedAnswer } from '../../src/lib/print/worksheet';
import { answerKeyOf, isComplete, scoreAnswer, scorerOf } from '../../src/lib/quiz/scoring';
import type { InputKind, InputValues, InputView } from '../../src/lib/quiz/types/contract';
import { questionTypes, scorers } from '../../src/lib/quiz/types/index';
import { viewQuestion } from '../../src/lib/quiz/view';
import { QuestionSchema, QuizBankSchema, type Question } from '../../src/schemas/quiz';
import { readYamlCollection } from '../support/content-files';

const schemaTypes = QuestionSchema.options.map((option) => option.shape.type.value);
const questions = readYamlCollection('quizzes').flatMap((entry) => QuizBankSchema.parse(entry.data).questions);
const labels = { true: 'True', false: 'False' };

/** A worksheet letter's place: A is 0. */
const place = (label: string) => label.charCodeAt(0) - 65;

/**
 * The right answer as the learner would give it, read off the type's own printed answer key and
 * the choices as drawn: so scoring, view and print must agree on what is right.
 */
function rightInput(input: InputView, printed: PrintedAnswer): InputValues[InputKind] {
	switch (input.kind) {
		case 'choices':
			if (printed.kind === 'text') return input.choices.filter((choice) => choice.text === printed.text).map((choice) => choice.index);
			if (printed.kind !== 'choices') break;
			return printed.choices.map((choice) => input.choices[place(choice.label)]!.index);
		case 'ordered':
			if (printed.kind !== 'sequence') break;
			return printed.items.map((item) => input.items[place(item.label)]!.index);
		case 'pairs':
			if (printed.kind !== 'pairs') break;
			return printed.pairs.map((pair) => input.rights[place(pair.label)]!.index);
		case 'lines':
			if (printed.kind !== 'lines') break;
			return printed.lines.map((line) => line.number);
		case 'text':
			if (printed.kind !== 'code') break;
			return printed.text;
	}
	throw new Error(`a ${printed.kind} printed answer does not fit a ${input.kind} input`);
}

const emptyInput: { [K in InputKind]: (input: Extract<InputView, { kind: K }>) => InputValues[K] } = {
	choices: () => [],
	ordered: () => [],
	pairs: (input) => input.lefts.map(() => null),
	lines: () => [],
	text: () => '  ',
};

describe('the question type registry', () => {
	it('has a module and a scoring part for every type the schema accepts, and nothing else', () => {
		expect(Object.keys(questionTypes).sort()).toEqual([...schemaTypes].sort());
		expect(Object.keys(scorers).sort()).toEqual([...schemaTypes].sort());
		for (const type of schemaTypes) expect(questionTypes[type].scoring).toBe(scorers[type]);
	});

	it('meets every type in the course content, so the table below covers each one', () => {
		expect(new Set(questions.map((question) => question.type))).toEqual(new Set(schemaTypes));
	});
});

describe.each(schemaTypes)('%s questions of the course', (type) => {
	const ofType = questions.filter((question): question is Question => question.type === type);

	it('show the input kind their scoring reads', async () => {
		for (const question of ofType) expect((await viewQuestion(question, labels)).input.kind, question.id).toBe(scorerOf(type).input);
	});

	it('score the right answer, built from the question itself, as right', async () => {
		for (const question of ofType) {
			const view = await viewQuestion(question, labels);
			const key = answerKeyOf(question);
			const answer = scorerOf(type).answer(rightInput(view.input, answerOf(view, key, question)));
			expect(isComplete(answer), question.id).toBe(true);
			expect(scoreAnswer(key, answer), question.id).toMatchObject({ correct: true, wrongChoices: [], missed: 0 });
		}
	});

	it('do not count an empty answer as given', async () => {
		for (const question of ofType) {
			const { input } = await viewQuestion(question, labels);
			const empty = (emptyInput[input.kind] as (input: InputView) => InputValues[InputKind])(input);
			expect(isComplete(scorerOf(type).answer(empty)), question.id).toBe(false);
		}
	});
});
