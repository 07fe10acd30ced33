import { codeLines } from '../code-lines';
import { normaliseOutput } from '../text-answers';
import type { QuestionTypeModule, ScoringPart } from './contract';
import { wholeAnswer } from './score-rules';

/** Predict the output: what a command or snippet prints, compared after normalising whitespace. */
type Key = { type: 'output'; expected: string };
type Answer = { type: 'output'; text: string };

export const scoring = {
	input: 'text',
	answer: (text) => ({ type: 'output', text }),
	isComplete: (answer) => answer.text.trim().length > 0,
	score: (key, answer) => wholeAnswer(normaliseOutput(answer.text) === key.expected),
} satisfies ScoringPart<'output', Key, Answer, 'text'>;

export const output = {
	scoring,
	key: (question) => ({ type: 'output', expected: normaliseOutput(question.answer) }),
	// The schema says all there is to check.
	lint: () => [],
	hintRequired: false,
	view: (question) => ({
		input: {
			kind: 'text',
			label: 'quizPage.yourOutput',
			multiline: true,
			code: { lines: codeLines(question.code), language: question.language },
		},
	}),
	print: {
		instruction: 'print.writeOutput',
		// As authored; the key holds it normalised.
		answer: (_input, _key, question) => ({ kind: 'code', text: question.answer }),
	},
} satisfies QuestionTypeModule<'output', Key, Answer, 'text'>;
