import { normaliseCommandAnswer } from '../text-answers';
import type { QuestionTypeModule, ScoringPart } from './contract';
import { duplicates } from './lint-rules';
import { wholeAnswer } from './score-rules';

/** Type the command: any accepted command counts, compared after normalising. */
type Key = { type: 'command'; accept: readonly string[] };
type Answer = { type: 'command'; text: string };

export const scoring = {
	input: 'text',
	answer: (text) => ({ type: 'command', text }),
	isComplete: (answer) => answer.text.trim().length > 0,
	score: (key, answer) => wholeAnswer(key.accept.includes(normaliseCommandAnswer(answer.text))),
} satisfies ScoringPart<'command', Key, Answer, 'text'>;

export const command = {
	scoring,
	key: (question) => ({ type: 'command', accept: [...new Set(question.accept.map(normaliseCommandAnswer))] }),
	lint: (question) => duplicates(question.accept.map(normaliseCommandAnswer), 'accepted command (after normalising)'),
	hintRequired: false,
	view: () => ({ input: { kind: 'text', label: 'quizPage.yourCommand', multiline: false } }),
	print: {
		instruction: 'print.writeCommand',
		// The first accepted command as authored; the key holds it normalised.
		answer: (_input, _key, question) => ({ kind: 'code', text: question.accept[0]! }),
	},
} satisfies QuestionTypeModule<'command', Key, Answer, 'text'>;
