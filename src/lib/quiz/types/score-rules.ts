import type { Score } from './contract';

/** An answer that cannot belong to the key (another type, or items dropped): a bug in the page, not a wrong answer. */
export class AnswerMismatchError extends Error {}

/** One pick against the one right value; no pick blames no choice. */
export function onePick<V>(pick: V | null, right: V, wrongChoice: (pick: V) => number): Score {
	const correct = pick === right;
	const wrongChoices = correct || pick === null ? [] : [wrongChoice(pick)];
	return { correct, right: correct ? 1 : 0, total: 1, wrongChoices, missed: correct ? 0 : 1 };
}

/** Picks against a set of right ones: all of them and nothing else. */
export function pickedSet(picks: readonly number[], rightOnes: readonly number[]): Score {
	const chosen = new Set(picks);
	const expected = new Set(rightOnes);
	const wrongChoices = [...chosen].filter((choice) => !expected.has(choice)).sort((a, b) => a - b);
	const missed = [...expected].filter((choice) => !chosen.has(choice)).length;
	const right = expected.size - missed;
	return { correct: wrongChoices.length === 0 && missed === 0, right, total: expected.size, wrongChoices, missed };
}

/** Parts each right or wrong on their own (items in place, pairs); `wrongChoices` are the wrong parts. */
export function partsRight(total: number, wrongChoices: number[]): Score {
	const right = total - wrongChoices.length;
	return { correct: right === total, right, total, wrongChoices, missed: 0 };
}

/** A typed answer: right or wrong as a whole. */
export function wholeAnswer(correct: boolean): Score {
	return { correct, right: correct ? 1 : 0, total: 1, wrongChoices: [], missed: correct ? 0 : 1 };
}
