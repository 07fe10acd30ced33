import type { Question, QuizBank } from '../../schemas/quiz';
import { questionTypes } from './types/index';

export interface LintProblem {
	/** Position of the offending question in the bank, when the problem belongs to one. */
	index?: number;
	questionId?: string;
	message: string;
}

/** Above this share of single-choice questions answered by "pick the longest option", the bank is guessable. */
export const LONGEST_CORRECT_LIMIT = 0.6;

/**
 * Authoring rules a schema cannot express: each returns the problems it finds so the build can
 * name the file and question. Types are structural so the linter also runs on raw fixtures.
 */
export function lintQuizBank(bank: Pick<QuizBank, 'questions'>): LintProblem[] {
	const problems: LintProblem[] = [];
	const seen = new Set<string>();
	bank.questions.forEach((question, index) => {
		const at = (message: string) => problems.push({ index, questionId: question.id, message });
		if (seen.has(question.id)) at('duplicate question id in this bank');
		seen.add(question.id);
		for (const message of lintQuestion(question)) at(message);
	});
	const longest = longestCorrectShare(bank.questions);
	if (longest.total > 0 && longest.share > LONGEST_CORRECT_LIMIT) {
		problems.push({
			message:
				`the correct option is the longest in ${longest.count} of ${longest.total} single-choice questions ` +
				`(${Math.round(longest.share * 100)}%, limit ${LONGEST_CORRECT_LIMIT * 100}%): learners can pass by picking the longest option`,
		});
	}
	return problems;
}

/** The authoring rules of the question's own type (src/lib/quiz/types/). */
export function lintQuestion(question: Question): string[] {
	const lint = questionTypes[question.type].lint as (question: Question) => string[];
	return lint(question);
}

export function longestCorrectShare(questions: readonly Question[]) {
	const singles = questions.filter((question) => question.type === 'single');
	const count = singles.filter((question) => {
		const correct = question.options.find((option) => option.correct);
		if (!correct) return false;
		return question.options.every((option) => option === correct || option.text.length < correct.text.length);
	}).length;
	return { count, total: singles.length, share: singles.length ? count / singles.length : 0 };
}
