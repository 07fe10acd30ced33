import { describe, expect, it } from 'vitest';
import { extremeOption, formatBankFailures, hollowOption, lintAllBanks, type BankForLint } from '../../src/lib/assessment/bank-lint';
import { balanceWarnings, dimensionBalance, formatBalanceReport } from '../../src/lib/assessment/dimension-balance';
import { normalised, plainText } from '../../src/lib/assessment/plain-text';
import type { Question } from '../../src/schemas/quiz';
import type { Skill } from '../../src/schemas/vocabulary';

const base = { explanation: 'Because.', skills: ['cicd' as const] };
let next = 0;
const id = () => `q-${++next}`;

/** A single-choice question whose right option has `right` and wrong ones have `wrong` as text. */
function single(right: string, wrong: string[], prompt = 'Which step comes first?'): Question {
	return {
		...base,
		id: id(),
		type: 'single',
		prompt,
		shuffle: true,
		options: [{ text: right, correct: true }, ...wrong.map((text) => ({ text, correct: false, feedback: 'No.' }))],
	};
}
function statement(answer: boolean): Question {
	return { ...base, id: id(), type: 'truefalse', prompt: 'A statement.', answer, feedback: 'No.' };
}
function multiple(correct: number, of = 5, texts?: string[]): Question {
	return {
		...base,
		id: id(),
		type: 'multiple',
		prompt: 'Which apply?',
		shuffle: true,
		options: Array.from({ length: of }, (_, i) => ({
			text: texts?.[i] ?? `Option number ${i}`,
			correct: i < correct,
			feedback: i < correct ? undefined : 'No.',
		})),
	};
}
const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make);

/** A balanced course: passes every rule, so each case below fails for the one thing it changes. */
function balanced(): Question[] {
	return [
		...times(4, () => single('bbbb', ['a', 'ccccccc'])),
		...times(4, () => single('bbbb', ['aaaaaa', 'cc'])),
		...times(3, () => single('dddddd', ['a', 'cccc'])),
		...times(3, () => single('d', ['aaa', 'cccccc'])),
		...times(5, () => statement(true)),
		...times(5, () => statement(false)),
		...times(5, () => multiple(2)),
		...times(5, () => multiple(3)),
	].map((question) => ({ ...question, hint: 'Think it through.' }));
}
function order(withHint = true): Question {
	const question: Question = { ...base, id: id(), type: 'order', prompt: 'Put in order.', items: ['one', 'two', 'three'], feedback: 'No.' };
	return withHint ? { ...question, hint: 'Start small.' } : question;
}
/** Banks in files bank-0, bank-1…; each added bank gets an order question, which no share rule counts, so it mixes types. */
const banks = (...lists: Question[][]): BankForLint[] =>
	lists.map((questions, i) => ({ file: `content/quizzes/bank-${i}.yaml`, questions: i === 0 ? questions : [...questions, order()] }));
const rules = (input: BankForLint[]) => lintAllBanks(input).map((failure) => failure.rule);

describe('bank-wide lint', () => {
	it('passes a balanced course', () => {
		expect(lintAllBanks(banks(balanced()))).toEqual([]);
	});

	it('fails when the right option is the longest in more than 35% of single-choice questions, naming figure, limit and files', () => {
		const longest = times(6, () => single('the right answer is long', ['short', 'tiny']));
		const failures = lintAllBanks(banks(balanced(), longest));
		expect(failures.map((f) => f.rule)).toEqual(['single choice: the right option is the longest']);
		const [failure] = failures;
		// 3 of the balanced 14 plus the 6 added: 9 of 20.
		expect(failure!.measured).toBe('9 of 20 single-choice questions (45%)');
		expect(failure!.limit).toBe('at most 35%');
		expect(failure!.offenders[0]).toEqual({ file: 'content/quizzes/bank-1.yaml', ids: longest.map((q) => q.id) });
		const text = formatBankFailures(failures);
		expect(text).toContain('single choice: the right option is the longest: 9 of 20 single-choice questions (45%); limit at most 35%');
		expect(text).toContain(
			`content/quizzes/bank-1.yaml: ${longest
				.slice(0, 6)
				.map((q) => q.id)
				.join(', ')}`,
		);
	});

	it('fails when the right option is the shortest in more than 35%', () => {
		expect(
			rules(
				banks(
					balanced(),
					times(6, () => single('ok', ['a longer wrong one', 'another wrong one'])),
				),
			),
		).toEqual(['single choice: the right option is the shortest']);
	});

	it('measures length without Markdown and counts ties as neither', () => {
		expect(plainText('**`kubectl`** [docs](https://example.com)')).toBe('kubectl docs');
		expect(extremeOption([{ text: '`ab`' }, { text: 'abc' }, { text: 'abcd' }], 'shortest')).toBe(0);
		expect(extremeOption([{ text: 'abcd' }, { text: 'wxyz' }, { text: 'a' }], 'longest')).toBeUndefined();
		// All ties: neither rule counts these, however many there are.
		expect(
			rules(
				banks(
					balanced(),
					times(20, () => single('same', ['size', 'four'])),
				),
			),
		).toEqual([]);
	});

	it('fails when fewer than 40% or more than 60% of statements are true, naming the surplus side', () => {
		const falseOnes = times(6, () => statement(false));
		const low = lintAllBanks(banks(balanced(), falseOnes));
		expect(low.map((f) => f.rule)).toEqual(['true/false: share of true statements']);
		expect(low[0]!.measured).toBe('5 of 16 statements are true (31%)');
		expect(low[0]!.limit).toBe('40% to 60%');
		expect(low[0]!.offenders[0]!.ids).toEqual(falseOnes.map((q) => q.id));
		expect(
			rules(
				banks(
					balanced(),
					times(6, () => statement(true)),
				),
			),
		).toEqual(['true/false: share of true statements']);
	});

	it('fails when more than half of the multiple-choice questions have the same number of right options', () => {
		const failures = lintAllBanks(
			banks(
				balanced(),
				times(3, () => multiple(3)),
			),
		);
		expect(failures.map((f) => f.rule)).toEqual(['multiple choice: questions with exactly 3 right options']);
		expect(failures[0]!.measured).toBe('8 of 13 multiple-choice questions (62%)');
	});

	it('fails on a repeated option, after case, spacing and Markdown are set aside', () => {
		const repeated = single('Roll back', ['Restart the pod', 'restart  the `pod`.']);
		expect(normalised('restart  the `pod`.')).toBe(normalised('Restart the pod'));
		expect(rules(banks(balanced(), [repeated]))).toEqual([
			'every wrong option differs in substance (no repeated option, none that only negates the prompt)',
		]);
	});

	it('keeps the punctuation of code, where it is the substance', () => {
		// biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, quoted as a learner would read it
		expect(normalised('`"${files[@]}"`')).not.toBe(normalised('`${files[@]}`'));
		expect(normalised("`grep '\" 502 ' access.log`")).not.toBe(normalised('`grep 502 access.log`'));
		// biome-ignore lint/suspicious/noTemplateCurlyInString: shell expansions, as the options of a question
		const distinct = single('Roll back', ['`"${files[*]}"`', '`${files[@]}`'], 'Which expansion keeps each file name whole?');
		expect(rules(banks(balanced(), [distinct]))).toEqual([]);
	});

	it('fails on a wrong option that only negates the prompt, and not on one that adds substance', () => {
		const prompt = 'Can a pipeline deploy a tag it has not built?';
		const hollow = single('Yes, if the image is in the registry', ['No, a pipeline cannot deploy it', 'Only on Fridays'], prompt);
		expect(hollowOption(prompt, hollow.type === 'single' ? hollow.options : [], 1)).toBe('only negates the prompt');
		const failures = lintAllBanks(banks(balanced(), [hollow]));
		expect(failures.map((f) => f.offenders)).toEqual([[{ file: 'content/quizzes/bank-1.yaml', ids: [hollow.id] }]]);
		const substantive = single(
			'Yes, if the image is in the registry',
			['No, the registry rejects images built elsewhere', 'Only on Fridays'],
			prompt,
		);
		expect(rules(banks(balanced(), [substantive]))).toEqual([]);
	});

	it('fails on a bank whose questions are all of one type, and names it', () => {
		const uniform = times(3, () => statement(true));
		const more = times(3, () => statement(false));
		const failures = lintAllBanks([...banks(balanced()), { file: 'content/quizzes/bank-1.yaml', questions: [...uniform, ...more] }]);
		expect(failures.map((f) => f.rule)).toEqual(['each bank mixes question types']);
		expect(failures[0]!.offenders).toEqual([{ file: 'content/quizzes/bank-1.yaml', ids: [...uniform, ...more].map((q) => q.id) }]);
	});

	it('fails on an order, match or spot question without a hint, naming it', () => {
		const bare = order(false);
		const failures = lintAllBanks(banks(balanced(), [bare, statement(true)]));
		expect(failures.map((f) => f.rule)).toEqual(['every order, match and spot question has a hint']);
		expect(failures[0]!.offenders).toEqual([{ file: 'content/quizzes/bank-1.yaml', ids: [bare.id] }]);
	});

	it('fails when fewer than a third of all questions have a hint', () => {
		const plain = times(40, () => statement(true)).concat(times(40, () => statement(false)));
		const failures = lintAllBanks(banks(balanced(), plain));
		expect(failures.map((f) => f.rule)).toEqual(['questions with a hint']);
		// The balanced 34 and the added bank's order question have hints: 35 of 115.
		expect(failures[0]!.measured).toBe('35 of 115 questions (30%)');
		expect(failures[0]!.limit).toBe('at least 33%');
	});

	it('leaves the share rules alone below ten questions of a type, so a small new bank is not judged on noise', () => {
		const small = [single('the right answer is long', ['a', 'b']), statement(false), statement(false), multiple(3)];
		expect(lintAllBanks(banks(small))).toEqual([]);
	});
});

describe('questions per rubric dimension', () => {
	const rubric = [
		{ skill: 'git' as const, weight: 50 },
		{ skill: 'cicd' as const, weight: 50 },
	];
	const names = { git: 'Git', cicd: 'CI/CD' } as Record<Skill, string>;
	const tagged = (skills: ('git' | 'cicd')[]): Question => ({ ...statement(true), skills });

	it('splits a question with several skills evenly, so shares add up to 100', () => {
		const rows = dimensionBalance(banks([tagged(['git']), tagged(['git', 'cicd'])]), rubric, names);
		expect(rows.map((r) => [r.skill, r.questions, r.share])).toEqual([
			['git', 1.5, 75],
			['cicd', 0.5, 25],
		]);
	});

	it('marks a dimension more than 5 points from its weight and reports it with the gap', () => {
		const even = dimensionBalance(banks([...times(11, () => tagged(['git'])), ...times(9, () => tagged(['cicd']))]), rubric, names);
		expect(even.every((r) => r.withinTolerance)).toBe(true);
		expect(balanceWarnings(even)).toEqual([]);
		const skewed = dimensionBalance(banks([...times(3, () => tagged(['git'])), tagged(['cicd'])]), rubric, names);
		expect(balanceWarnings(skewed)).toEqual([
			'Git: 75.0% of questions against a weight of 50% (+25.0 points, limit ±5)',
			'CI/CD: 25.0% of questions against a weight of 50% (-25.0 points, limit ±5)',
		]);
		expect(formatBalanceReport(skewed)).toContain('| Git | 3.0 | 75.0% | 50% | no |');
	});
});
