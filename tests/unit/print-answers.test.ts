import { describe, expect, it } from 'vitest';
import { answerOf, letter } from '../../src/lib/print/answers';
import { answerKeyOf } from '../../src/lib/quiz/scoring';
import { viewQuestion, type InputView, type QuestionView } from '../../src/lib/quiz/view';
import { QuestionSchema, type Question } from '../../src/schemas/quiz';

// Types without per-option feedback need feedback for a wrong answer; the others drop the field.
const base = { prompt: 'Prompt', explanation: 'Because.', feedback: 'Not quite.', skills: ['cicd'] };
const question = (fields: Record<string, unknown>): Question => QuestionSchema.parse({ ...base, ...fields });
const printed = async (q: Question) => {
	const view = await viewQuestion(q, { true: 'True', false: 'False' });
	return { view, answer: answerOf(view, answerKeyOf(q), q) };
};
/** What a view shows to answer with, when it is of the kind the test expects. */
const inputOf = <K extends InputView['kind']>(view: QuestionView, kind: K) => {
	if (view.input.kind !== kind) throw new Error(`expected ${kind}, got ${view.input.kind}`);
	return view.input as Extract<InputView, { kind: K }>;
};

describe('answerOf', () => {
	it('names the right choice by the letter it has on the worksheet', async () => {
		const q = question({
			id: 'pick-one',
			type: 'single',
			options: [{ text: 'Right', correct: true }, { text: 'Wrong one' }, { text: 'Wrong two' }, { text: 'Wrong three' }],
		});
		const { view, answer } = await printed(q);
		const position = inputOf(view, 'choices').choices.findIndex((choice) => choice.index === 0);
		expect(answer).toEqual({ kind: 'choices', choices: [{ label: letter(position), html: 'Right' }] });
	});

	it('lists every right choice of a multiple-answer question in worksheet order', async () => {
		const q = question({
			id: 'pick-many',
			type: 'multiple',
			shuffle: false,
			options: [{ text: 'A right', correct: true }, { text: 'Wrong' }, { text: 'C right', correct: true }],
		});
		expect((await printed(q)).answer).toEqual({
			kind: 'choices',
			choices: [
				{ label: 'A', html: 'A right' },
				{ label: 'C', html: 'C right' },
			],
		});
	});

	it('says True or False', async () => {
		expect((await printed(question({ id: 'tf', type: 'truefalse', answer: false }))).answer).toEqual({ kind: 'text', text: 'False' });
	});

	it('puts the shuffled items of an order question back in order, each with its worksheet letter', async () => {
		const q = question({ id: 'steps', type: 'order', items: ['First', 'Second', 'Third', 'Fourth'] });
		const { view, answer } = await printed(q);
		expect(answer.kind).toBe('sequence');
		if (answer.kind !== 'sequence') return;
		expect(answer.items.map((item) => item.html)).toEqual(['First', 'Second', 'Third', 'Fourth']);
		const { items } = inputOf(view, 'ordered');
		expect(answer.items.map((item) => items[item.label.charCodeAt(0) - 65]!.html)).toEqual(['First', 'Second', 'Third', 'Fourth']);
	});

	it('pairs each numbered item with the letter of its partner', async () => {
		const q = question({
			id: 'pairs',
			type: 'match',
			pairs: [
				{ left: 'git', right: 'versions' },
				{ left: 'terraform', right: 'infrastructure' },
				{ left: 'prometheus', right: 'metrics' },
			],
		});
		const { view, answer } = await printed(q);
		expect(answer.kind).toBe('pairs');
		if (answer.kind !== 'pairs') return;
		expect(answer.pairs.map((pair) => [pair.number, pair.leftHtml, pair.rightText])).toEqual([
			[1, 'git', 'versions'],
			[2, 'terraform', 'infrastructure'],
			[3, 'prometheus', 'metrics'],
		]);
		for (const pair of answer.pairs) expect(inputOf(view, 'pairs').rights[pair.label.charCodeAt(0) - 65]!.text).toBe(pair.rightText);
	});

	it('gives the problem lines with their text', async () => {
		const q = question({ id: 'log', type: 'spot', code: 'ok\nboom\nok\nfailed', answer: [4, 2] });
		expect((await printed(q)).answer).toEqual({
			kind: 'lines',
			lines: [
				{ number: 2, text: 'boom' },
				{ number: 4, text: 'failed' },
			],
		});
	});

	it('refuses a key of another question type', async () => {
		const tf = question({ id: 'tf', type: 'truefalse', answer: true });
		const view = await viewQuestion(tf, { true: 'True', false: 'False' });
		expect(() => answerOf(view, { type: 'single', correct: 0 }, tf)).toThrow(
			'question "tf": a single key does not fit a truefalse question',
		);
	});
});
