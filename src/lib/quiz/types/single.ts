import type { QuestionTypeModule, ScoringPart } from './contract';
import { lintOptions, printedOptions, shownOptions } from './options';
import { onePick } from './score-rules';

/** Single choice: exactly one right option among three to six. */
type Key = { type: 'single'; correct: number };
type Answer = { type: 'single'; choice: number | null };

export const scoring = {
	input: 'choices',
	answer: (picked) => ({ type: 'single', choice: picked[0] ?? null }),
	isComplete: (answer) => answer.choice !== null,
	score: (key, answer) => onePick(answer.choice, key.correct, (choice) => choice),
} satisfies ScoringPart<'single', Key, Answer, 'choices'>;

export const single = {
	scoring,
	key: (question) => ({ type: 'single', correct: question.options.findIndex((option) => option.correct) }),
	lint: (question) => {
		const correct = question.options.filter((option) => option.correct).length;
		const tooMany = `${correct} options are marked correct; a single-choice question has exactly one (use type: multiple)`;
		return [...(correct > 1 ? [tooMany] : []), ...lintOptions(question)];
	},
	hintRequired: false,
	view: (question, { random }) => ({ input: shownOptions(question, random, false), shuffle: question.shuffle }),
	print: {
		instruction: 'print.tickOne',
		answer: (input, key) => printedOptions(input.choices, (index) => index === key.correct),
	},
} satisfies QuestionTypeModule<'single', Key, Answer, 'choices'>;
