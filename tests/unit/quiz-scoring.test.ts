import { describe, expect, it } from 'vitest';
import { seededRandom, shuffledIndexes } from '../../src/lib/quiz/random';
import { AnswerMismatchError, isComplete, scoreAnswer } from '../../src/lib/quiz/scoring';

describe('single', () => {
	const key = { type: 'single', correct: 2 } as const;
	it('is right only for the correct option', () => {
		expect(scoreAnswer(key, { type: 'single', choice: 2 })).toMatchObject({ correct: true, right: 1, wrongChoices: [] });
		expect(scoreAnswer(key, { type: 'single', choice: 0 })).toMatchObject({ correct: false, right: 0, wrongChoices: [0] });
	});
	it('counts no choice as wrong without blaming an option', () => {
		expect(scoreAnswer(key, { type: 'single', choice: null })).toMatchObject({ correct: false, wrongChoices: [] });
		expect(isComplete({ type: 'single', choice: null })).toBe(false);
	});
});

describe('multiple', () => {
	const key = { type: 'multiple', correct: [0, 3] } as const;
	it('needs all and only the correct options', () => {
		expect(scoreAnswer(key, { type: 'multiple', choices: [3, 0] }).correct).toBe(true);
	});
	it('scores a partial selection as wrong and counts what was missed', () => {
		expect(scoreAnswer(key, { type: 'multiple', choices: [0] })).toEqual({
			correct: false,
			right: 1,
			total: 2,
			wrongChoices: [],
			missed: 1,
		});
	});
	it('scores an extra selection as wrong and names it', () => {
		expect(scoreAnswer(key, { type: 'multiple', choices: [0, 3, 1] })).toEqual({
			correct: false,
			right: 2,
			total: 2,
			wrongChoices: [1],
			missed: 0,
		});
	});
	it('scores selecting everything as wrong', () => {
		expect(scoreAnswer(key, { type: 'multiple', choices: [0, 1, 2, 3] })).toMatchObject({ correct: false, wrongChoices: [1, 2] });
	});
});

describe('truefalse', () => {
	it('compares the boolean', () => {
		expect(scoreAnswer({ type: 'truefalse', correct: false }, { type: 'truefalse', choice: false }).correct).toBe(true);
		expect(scoreAnswer({ type: 'truefalse', correct: false }, { type: 'truefalse', choice: true })).toMatchObject({
			correct: false,
			wrongChoices: [1],
		});
	});
});

describe('order', () => {
	const key = { type: 'order', count: 4 } as const;
	it('is right when items are in authored order', () => {
		expect(scoreAnswer(key, { type: 'order', sequence: [0, 1, 2, 3] })).toMatchObject({ correct: true, right: 4 });
	});
	it('counts items in the right place when the order is wrong', () => {
		expect(scoreAnswer(key, { type: 'order', sequence: [1, 0, 2, 3] })).toMatchObject({
			correct: false,
			right: 2,
			total: 4,
			wrongChoices: [1, 0],
		});
		expect(scoreAnswer(key, { type: 'order', sequence: [3, 2, 1, 0] })).toMatchObject({ correct: false, right: 0 });
	});
	it('rejects a sequence that drops or repeats items', () => {
		expect(() => scoreAnswer(key, { type: 'order', sequence: [0, 1, 2] })).toThrow(AnswerMismatchError);
		expect(() => scoreAnswer(key, { type: 'order', sequence: [0, 0, 2, 3] })).toThrow(AnswerMismatchError);
	});
});

describe('match', () => {
	const key = { type: 'match', count: 3 } as const;
	it('is right when every left item has its partner', () => {
		expect(scoreAnswer(key, { type: 'match', choices: [0, 1, 2] }).correct).toBe(true);
	});
	it('names the wrong pairs', () => {
		expect(scoreAnswer(key, { type: 'match', choices: [1, 0, 2] })).toMatchObject({ correct: false, right: 1, wrongChoices: [0, 1] });
	});
	it('treats an unanswered pair as wrong and as incomplete', () => {
		expect(scoreAnswer(key, { type: 'match', choices: [0, null, 2] })).toMatchObject({ correct: false, right: 2, wrongChoices: [1] });
		expect(isComplete({ type: 'match', choices: [0, null, 2] })).toBe(false);
	});
});

describe('spot', () => {
	const key = { type: 'spot', correct: [4, 7] } as const;
	it('needs every problem line and no innocent one', () => {
		expect(scoreAnswer(key, { type: 'spot', lines: [7, 4] }).correct).toBe(true);
		expect(scoreAnswer(key, { type: 'spot', lines: [4] })).toMatchObject({ correct: false, right: 1, missed: 1 });
		expect(scoreAnswer(key, { type: 'spot', lines: [4, 7, 2] })).toMatchObject({ correct: false, wrongChoices: [2] });
	});
});

it('refuses to score an answer against a key of another type', () => {
	expect(() => scoreAnswer({ type: 'single', correct: 0 }, { type: 'multiple', choices: [0] })).toThrow(AnswerMismatchError);
});

describe('shuffledIndexes', () => {
	it('is a permutation and reproducible with the same seed', () => {
		const a = shuffledIndexes(6, seededRandom('q1'));
		expect([...a].sort()).toEqual([0, 1, 2, 3, 4, 5]);
		expect(shuffledIndexes(6, seededRandom('q1'))).toEqual(a);
	});
	it('never returns the authored order when asked not to', () => {
		for (let seed = 0; seed < 200; seed++) {
			const order = shuffledIndexes(3, seededRandom(String(seed)), true);
			expect(order).not.toEqual([0, 1, 2]);
		}
	});
});
