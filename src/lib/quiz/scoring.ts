import type { Question } from '../../schemas/quiz';
import { normaliseCommandAnswer, normaliseOutput } from './text-answers';

/**
 * Scoring for every question type. Works on the answer key the page embeds (no prose), so the
 * same code runs in the browser and in unit tests. Indexes always refer to the authored order.
 */
export type AnswerKey =
	| { type: 'single'; correct: number }
	| { type: 'multiple'; correct: readonly number[] }
	| { type: 'truefalse'; correct: boolean }
	/** Items are authored in the right order, so the key is just how many there are. */
	| { type: 'order'; count: number }
	/** Pair i's left item belongs with pair i's right item. */
	| { type: 'match'; count: number }
	| { type: 'spot'; correct: readonly number[] }
	/** Accepted commands, normalised. */
	| { type: 'command'; accept: readonly string[] }
	/** The expected output, normalised. */
	| { type: 'output'; expected: string };

export type Answer =
	| { type: 'single'; choice: number | null }
	| { type: 'multiple'; choices: number[] }
	| { type: 'truefalse'; choice: boolean | null }
	/** Authored item indexes in the order the learner arranged them. */
	| { type: 'order'; sequence: number[] }
	/** For each left item (authored order), the authored index of the chosen right item, or null. */
	| { type: 'match'; choices: (number | null)[] }
	/** 1-based line numbers the learner picked. */
	| { type: 'spot'; lines: number[] }
	| { type: 'command'; text: string }
	| { type: 'output'; text: string };

export interface Score {
	correct: boolean;
	/** Parts right and parts in total: options judged, items in place, pairs, lines. */
	right: number;
	total: number;
	/** Authored indexes (or line numbers) of the learner's choices that are wrong. */
	wrongChoices: number[];
	/** Correct choices the learner left out (multiple, spot). */
	missed: number;
}

export class AnswerMismatchError extends Error {}

export function isComplete(answer: Answer): boolean {
	switch (answer.type) {
		case 'single':
		case 'truefalse':
			return answer.choice !== null;
		case 'multiple':
			return answer.choices.length > 0;
		case 'order':
			return answer.sequence.length > 0;
		case 'match':
			return answer.choices.length > 0 && answer.choices.every((choice) => choice !== null);
		case 'spot':
			return answer.lines.length > 0;
		case 'command':
		case 'output':
			return answer.text.trim().length > 0;
	}
}

export function scoreAnswer(key: AnswerKey, answer: Answer): Score {
	if (key.type !== answer.type) throw new AnswerMismatchError(`a ${answer.type} answer cannot be scored against a ${key.type} key`);
	switch (key.type) {
		case 'single': {
			const { choice } = answer as Extract<Answer, { type: 'single' }>;
			const correct = choice === key.correct;
			return { correct, right: correct ? 1 : 0, total: 1, wrongChoices: correct || choice === null ? [] : [choice], missed: correct ? 0 : 1 };
		}
		case 'truefalse': {
			const { choice } = answer as Extract<Answer, { type: 'truefalse' }>;
			const correct = choice === key.correct;
			return { correct, right: correct ? 1 : 0, total: 1, wrongChoices: correct || choice === null ? [] : [choice ? 1 : 0], missed: correct ? 0 : 1 };
		}
		case 'multiple':
		case 'spot': {
			const chosen = new Set(answer.type === 'multiple' ? answer.choices : (answer as Extract<Answer, { type: 'spot' }>).lines);
			const expected = new Set(key.correct);
			const wrongChoices = [...chosen].filter((choice) => !expected.has(choice)).sort((a, b) => a - b);
			const missed = [...expected].filter((choice) => !chosen.has(choice)).length;
			const right = expected.size - missed;
			return { correct: wrongChoices.length === 0 && missed === 0, right, total: expected.size, wrongChoices, missed };
		}
		case 'order': {
			const { sequence } = answer as Extract<Answer, { type: 'order' }>;
			if (sequence.length !== key.count || new Set(sequence).size !== key.count) {
				throw new AnswerMismatchError(`an order answer must arrange each of the ${key.count} items exactly once`);
			}
			const wrongChoices = sequence.filter((item, position) => item !== position);
			const right = key.count - wrongChoices.length;
			return { correct: right === key.count, right, total: key.count, wrongChoices, missed: 0 };
		}
		case 'command':
		case 'output': {
			const { text } = answer as Extract<Answer, { type: 'command' | 'output' }>;
			const correct = key.type === 'command' ? key.accept.includes(normaliseCommandAnswer(text)) : normaliseOutput(text) === key.expected;
			return { correct, right: correct ? 1 : 0, total: 1, wrongChoices: [], missed: correct ? 0 : 1 };
		}
		case 'match': {
			const { choices } = answer as Extract<Answer, { type: 'match' }>;
			if (choices.length !== key.count) throw new AnswerMismatchError(`a match answer needs a choice for each of the ${key.count} items`);
			const wrongChoices = choices.flatMap((choice, left) => (choice === left ? [] : [left]));
			const right = key.count - wrongChoices.length;
			return { correct: right === key.count, right, total: key.count, wrongChoices, missed: 0 };
		}
	}
}

/** Random numbers in [0, 1). Injected so shuffles are reproducible in tests and at build. */
export type Random = () => number;

/** A permutation of 0..n-1 (Fisher-Yates). With `avoidIdentity`, never the authored order when n > 1. */
export function shuffledIndexes(n: number, random: Random, avoidIdentity = false): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	if (avoidIdentity && n > 1 && order.every((value, index) => value === index)) order.push(order.shift()!);
	return order;
}

/** Deterministic random numbers from a text seed (mulberry32 over an FNV-1a hash). */
export function seededRandom(seed: string): Random {
	let state = 2166136261;
	for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The key the page embeds for one question: which answers are right, none of the prose. */
export function answerKeyOf(question: Question): AnswerKey {
	switch (question.type) {
		case 'single':
			return { type: 'single', correct: question.options.findIndex((option) => option.correct) };
		case 'multiple':
			return { type: 'multiple', correct: question.options.flatMap((option, i) => (option.correct ? [i] : [])) };
		case 'truefalse':
			return { type: 'truefalse', correct: question.answer };
		case 'order':
			return { type: 'order', count: question.items.length };
		case 'match':
			return { type: 'match', count: question.pairs.length };
		case 'spot':
			return { type: 'spot', correct: [...question.answer] };
		case 'command':
			return { type: 'command', accept: [...new Set(question.accept.map(normaliseCommandAnswer))] };
		case 'output':
			return { type: 'output', expected: normaliseOutput(question.answer) };
	}
}
