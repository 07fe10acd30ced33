import { describe, expect, it } from 'vitest';
import { formatStrategyTable, playNaiveStrategies } from '../../src/lib/assessment/strategies';
import { QuizBankSchema, type Question } from '../../src/schemas/quiz';
import { readYamlCollection } from '../support/content-files';

/** A strategy may beat a blind guess by this much before the bank counts as gameable. */
const MARGIN = 0.1;

const realBanks = readYamlCollection('quizzes').map((entry) => ({
	file: entry.file,
	questions: QuizBankSchema.parse(entry.data).questions,
}));

describe('naive strategies against the whole question bank', () => {
	const results = playNaiveStrategies(realBanks);
	// The table is meant to be read (and quoted in release notes), so it is printed on every run.
	console.log(`Naive strategies against ${realBanks.length} banks:\n${formatStrategyTable(results)}`);

	it.each(results.map((result) => [result.strategy, result] as const))(
		'"%s" scores no better than chance plus 10 points',
		(_name, result) => {
			expect(result.questions).toBeGreaterThan(0);
			expect(result.score).toBeLessThanOrEqual(result.chance + MARGIN);
		},
	);
});

describe('the strategies themselves', () => {
	const option = (text: string, correct = false) => ({ text, correct, feedback: correct ? undefined : 'No.' });
	const q = (options: ReturnType<typeof option>[], shuffle = true, prompt = 'Which tool renders the template?'): Question => ({
		id: `s-${options.map((o) => o.text).join('-')}`,
		type: 'single',
		prompt,
		explanation: 'Because.',
		skills: ['iac'],
		shuffle,
		options,
	});
	const score = (questions: Question[], strategy: string) =>
		playNaiveStrategies([{ file: 'f.yaml', questions }]).find((r) => r.strategy === strategy)!.score;

	it('scores a gameable bank high, splitting ties evenly', () => {
		const longRight = q([option('the long right answer', true), option('no'), option('nah')]);
		expect(score([longRight], 'always the longest option')).toBe(1);
		expect(score([longRight], 'always the shortest option')).toBe(0);
		const tie = q([option('aaa', true), option('bbb'), option('c')]);
		expect(score([tie], 'always the longest option')).toBe(0.5);
	});

	it('counts the first option as a guess when options are shuffled, and as authored when not', () => {
		const options = [option('first', true), option('second'), option('third'), option('fourth')];
		expect(score([q(options)], 'always the first option as displayed')).toBe(0.25);
		expect(score([q(options, false)], 'always the first option as displayed')).toBe(1);
	});

	it('picks the option sharing most words with the prompt', () => {
		const echo = q([option('The template tool renders it', true), option('Ansible'), option('Make')]);
		expect(score([echo], 'most words shared with the prompt')).toBe(1);
	});

	it('scores "always false" as the share of false statements, against a chance of one half', () => {
		const statement = (answer: boolean): Question => ({
			id: `t-${answer}`,
			type: 'truefalse',
			prompt: 'P.',
			explanation: 'E.',
			skills: ['git'],
			answer,
			feedback: 'F.',
		});
		const [result] = playNaiveStrategies([{ file: 'f.yaml', questions: [statement(false), statement(false), statement(true)] }]).filter(
			(r) => r.playsOn === 'true/false',
		);
		expect(result!.score).toBeCloseTo(2 / 3);
		expect(result!.chance).toBe(0.5);
	});
});
