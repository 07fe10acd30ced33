import type { QuestionTypeModule, ScoringPart } from './contract';
import { onePick } from './score-rules';

/** True or false: a statement in the prompt. The choices are the site's words, so 1 stands for "true". */
type Key = { type: 'truefalse'; correct: boolean };
type Answer = { type: 'truefalse'; choice: boolean | null };

const TRUE = 1;
const FALSE = 0;

export const scoring = {
	input: 'choices',
	answer: (picked) => ({ type: 'truefalse', choice: picked.length ? picked[0] === TRUE : null }),
	isComplete: (answer) => answer.choice !== null,
	score: (key, answer) => onePick(answer.choice, key.correct, (choice) => (choice ? TRUE : FALSE)),
} satisfies ScoringPart<'truefalse', Key, Answer, 'choices'>;

export const truefalse = {
	scoring,
	key: (question) => ({ type: 'truefalse', correct: question.answer }),
	// The schema requires the feedback; nothing else can be wrong with a statement.
	lint: () => [],
	hintRequired: false,
	view: (_question, { labels }) => ({
		input: {
			kind: 'choices',
			multiple: false,
			labels: 'interface',
			choices: [
				{ index: TRUE, markdown: labels.true },
				{ index: FALSE, markdown: labels.false },
			],
		},
	}),
	print: {
		instruction: 'print.tickTrueFalse',
		// The view holds the labels in the page's language.
		answer: (input, key) => {
			const right = key.correct ? TRUE : FALSE;
			return { kind: 'text', text: input.choices.find((choice) => choice.index === right)?.text ?? String(key.correct) };
		},
	},
} satisfies QuestionTypeModule<'truefalse', Key, Answer, 'choices'>;
