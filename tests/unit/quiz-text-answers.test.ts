import { describe, expect, it } from 'vitest';
import { lintQuestion } from '../../src/lib/quiz/lint';
import { answerKeyOf, isComplete, scoreAnswer } from '../../src/lib/quiz/scoring';
import { normaliseCommandAnswer, normaliseOutput } from '../../src/lib/quiz/text-answers';
import { QuestionSchema } from '../../src/schemas/quiz';

describe('normaliseCommandAnswer', () => {
	it('reads every spelling of a head or tail line count as -n N', () => {
		for (const typed of [
			'tail -n 50 app.log',
			'tail -50 app.log',
			'tail -n50 app.log',
			'tail --lines=50 app.log',
			'tail --lines 50 app.log',
			'  tail   -n  "50"  app.log ',
		]) {
			expect(normaliseCommandAnswer(typed), typed).toBe('tail -n 50 app.log');
		}
	});
	it('unquotes words, splits --option=value, and spaces pipes', () => {
		expect(normaliseCommandAnswer(`grep -c 'ERROR' app.log|head -5`)).toBe('grep -c ERROR app.log | head -n 5');
		expect(normaliseCommandAnswer('kubectl logs --since=1h web')).toBe('kubectl logs --since 1h web');
		expect(normaliseCommandAnswer("echo 'a|b'")).toBe('echo a|b');
	});
	it('keeps differences that change the command', () => {
		expect(normaliseCommandAnswer('tail -n 5 app.log')).not.toBe(normaliseCommandAnswer('tail -n 50 app.log'));
		expect(normaliseCommandAnswer('head -n 50 app.log')).not.toBe(normaliseCommandAnswer('tail -n 50 app.log'));
		// -5 is a line count only for head and tail.
		expect(normaliseCommandAnswer('grep -5 x f')).toBe('grep -5 x f');
	});
});

describe('normaliseOutput', () => {
	it('collapses spaces inside lines and drops blank lines at either end', () => {
		expect(normaliseOutput('\n      1 db\n      3 web   \n\n')).toBe('1 db\n3 web');
	});
	it('keeps line breaks and blank lines inside the output', () => {
		expect(normaliseOutput('a\n\nb')).toBe('a\n\nb');
		expect(normaliseOutput('a b')).not.toBe(normaliseOutput('a\nb'));
	});
});

const command = QuestionSchema.parse({
	id: 'q-command',
	type: 'command',
	prompt: 'Last 50 lines?',
	explanation: 'tail.',
	feedback: 'No.',
	skills: ['linux-networking'],
	accept: ['tail -n 50 app.log'],
});
const output = QuestionSchema.parse({
	id: 'q-output',
	type: 'output',
	prompt: 'What prints?',
	explanation: 'sort then count.',
	feedback: 'No.',
	skills: ['scripting'],
	code: "printf 'web\\ndb\\nweb\\n' | sort | uniq -c",
	answer: '      1 db\n      2 web\n',
});

describe('scoring command and output questions', () => {
	it('accepts every normalised spelling of an accepted command and rejects others', () => {
		const key = answerKeyOf(command);
		expect(scoreAnswer(key, { type: 'command', text: 'tail -50 app.log' }).correct).toBe(true);
		expect(scoreAnswer(key, { type: 'command', text: 'tail  --lines=50  app.log' }).correct).toBe(true);
		expect(scoreAnswer(key, { type: 'command', text: 'tail -n 5 app.log' })).toEqual({
			correct: false,
			right: 0,
			total: 1,
			wrongChoices: [],
			missed: 1,
		});
	});
	it('compares a predicted output after normalising whitespace', () => {
		const key = answerKeyOf(output);
		expect(scoreAnswer(key, { type: 'output', text: '1 db\n2 web' }).correct).toBe(true);
		expect(scoreAnswer(key, { type: 'output', text: '2 web\n1 db' }).correct).toBe(false);
	});
	it('needs some text before it scores', () => {
		expect(isComplete({ type: 'command', text: '   ' })).toBe(false);
		expect(isComplete({ type: 'output', text: 'x' })).toBe(true);
	});
});

describe('command and output questions as authored', () => {
	it('need feedback for a wrong answer, which the schema says', () => {
		for (const question of [command, output]) {
			const issues = QuestionSchema.safeParse({ ...question, feedback: undefined }).error?.issues ?? [];
			expect(issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
				['feedback', 'expected feedback shown after a wrong answer (Markdown), got nothing'],
			]);
		}
	});
	it('lint names an accepted command listed twice', () => {
		expect(lintQuestion({ ...command, accept: ['tail -50 f', 'tail -n 50 f'] } as typeof command)).toEqual([
			'accepted command (after normalising) "tail -n 50 f" appears more than once',
		]);
		expect(lintQuestion(output)).toEqual([]);
	});
});
