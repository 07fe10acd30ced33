import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CheckedQuizBankSchema as QuizBankSchema } from '../../src/lib/quiz/bank-schema';

const fixture = (name: string) => parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'quizzes', `${name}.yaml`), 'utf8'));
const messages = (name: string) => {
	const result = QuizBankSchema.safeParse(fixture(name));
	return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('question bank lint', () => {
	it('accepts a valid bank, including "none of the above" when options are not shuffled', () => {
		expect(messages('valid')).toEqual([]);
	});
	it.each([
		['duplicate-id', 'question "dup-question": duplicate question id in this bank'],
		['no-correct-option', 'question "nothing-correct": no option is marked `correct: true`'],
		['index-out-of-range', 'question "line-out-of-range": answer line 4 is out of range: the code has lines 1 to 3'],
		['missing-feedback', 'question "silent-wrong-option": wrong option 2 ("Beta") has no feedback'],
		['all-of-the-above', 'question "shuffled-all-of-the-above": option "All of the above" depends on position but options are shuffled'],
		['longest-correct', 'the correct option is the longest in 3 of 3 single-choice questions (100%, limit 60%)'],
	])('%s fails with the question named', (name, expected) => {
		expect(messages(name).join('\n')).toContain(expected);
	});
	it('rejects an unknown question type, naming the value', () => {
		const bank = fixture('valid');
		bank.questions[0].type = 'essay';
		const result = QuizBankSchema.safeParse(bank);
		expect(result.success).toBe(false);
	});
});
