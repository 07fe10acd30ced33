import type { QuestionTypeModule, ScoringPart } from './contract';
import { lintOptions, printedOptions, shownOptions } from './options';
import { pickedSet } from './score-rules';

/** Multiple choice: every right option and no wrong one. */
type Key = { type: 'multiple'; correct: readonly number[] };
type Answer = { type: 'multiple'; choices: number[] };

export const scoring = {
	input: 'choices',
	answer: (picked) => ({ type: 'multiple', choices: picked }),
	isComplete: (answer) => answer.choices.length > 0,
	score: (key, answer) => pickedSet(answer.choices, key.correct),
	summary: (score) => (score.missed ? { key: 'quiz.missed', values: { count: score.missed } } : undefined),
} satisfies ScoringPart<'multiple', Key, Answer, 'choices'>;

export const multiple = {
	scoring,
	key: (question) => ({ type: 'multiple', correct: question.options.flatMap((option, i) => (option.correct ? [i] : [])) }),
	lint: lintOptions,
	hintRequired: false,
	view: (question, { random }) => ({
		input: shownOptions(question, random, true),
		shuffle: question.shuffle,
		instruction: 'quizPage.selectAll',
	}),
	print: {
		instruction: 'print.tickAll',
		answer: (input, key) => printedOptions(input.choices, (index) => key.correct.includes(index)),
	},
} satisfies QuestionTypeModule<'multiple', Key, Answer, 'choices'>;
