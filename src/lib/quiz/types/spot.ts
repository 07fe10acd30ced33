import { codeLines } from '../code-lines';
import type { QuestionTypeModule, ScoringPart } from './contract';
import { duplicates } from './lint-rules';
import { pickedSet } from './score-rules';

/** Spot the problem: tick every line of an excerpt that holds it. Lines count from 1. */
type Key = { type: 'spot'; correct: readonly number[] };
type Answer = { type: 'spot'; lines: number[] };

export const scoring = {
	input: 'lines',
	answer: (lines) => ({ type: 'spot', lines }),
	isComplete: (answer) => answer.lines.length > 0,
	score: (key, answer) => pickedSet(answer.lines, key.correct),
	summary: ({ right, total }) => ({ key: 'quiz.linesFound', values: { right, count: total } }),
} satisfies ScoringPart<'spot', Key, Answer, 'lines'>;

export const spot = {
	scoring,
	key: (question) => ({ type: 'spot', correct: [...question.answer] }),
	lint: (question) => {
		const lineCount = codeLines(question.code).length;
		const outOfRange = question.answer
			.filter((line) => line < 1 || line > lineCount)
			.map((line) => `answer line ${line} is out of range: the code has lines 1 to ${lineCount}`);
		return [...outOfRange, ...duplicates(question.answer.map(String), 'answer line')];
	},
	hintRequired: true,
	view: (question) => ({
		input: { kind: 'lines', lines: codeLines(question.code), language: question.language },
		instruction: 'quizPage.selectLines',
	}),
	print: {
		instruction: 'print.tickLines',
		answer: (input, key) => ({
			kind: 'lines',
			lines: [...key.correct].sort((a, b) => a - b).map((number) => ({ number, text: input.lines[number - 1] ?? '' })),
		}),
	},
} satisfies QuestionTypeModule<'spot', Key, Answer, 'lines'>;
