import type { Question, QuizBank } from '../../schemas/quiz';
import { normaliseCommandAnswer } from './text-answers';

export interface LintProblem {
	/** Position of the offending question in the bank, when the problem belongs to one. */
	index?: number;
	questionId?: string;
	message: string;
}

/** Above this share of single-choice questions answered by "pick the longest option", the bank is guessable. */
export const LONGEST_CORRECT_LIMIT = 0.6;

const ALL_OR_NONE_OF_THE_ABOVE = /\b(all|none|both|neither) of the (above|following)\b/i;

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

export function lintQuestion(question: Question): string[] {
	const problems: string[] = [];
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const correct = question.options.filter((option) => option.correct).length;
			if (correct === 0) problems.push('no option is marked `correct: true`');
			if (question.type === 'single' && correct > 1) {
				problems.push(`${correct} options are marked correct; a single-choice question has exactly one (use type: multiple)`);
			}
			question.options.forEach((option, i) => {
				if (!option.correct && !option.feedback) problems.push(`wrong option ${i + 1} ("${clip(option.text)}") has no feedback`);
			});
			if (question.shuffle) {
				const offending = question.options.find((option) => ALL_OR_NONE_OF_THE_ABOVE.test(option.text));
				if (offending) {
					problems.push(`option "${clip(offending.text)}" depends on position but options are shuffled; rewrite it or set shuffle: false`);
				}
			}
			problems.push(...duplicates(question.options.map((option) => option.text), 'option'));
			break;
		}
		case 'truefalse':
			if (!question.feedback) problems.push('has no `feedback` for the wrong answer');
			break;
		case 'order':
			if (!question.feedback) problems.push('has no `feedback` for a wrong order');
			problems.push(...duplicates(question.items, 'item'));
			break;
		case 'match':
			if (!question.feedback) problems.push('has no `feedback` for wrong pairs');
			problems.push(...duplicates(question.pairs.map((pair) => pair.left), 'left item'));
			problems.push(...duplicates(question.pairs.map((pair) => pair.right), 'right item'));
			break;
		case 'command':
			if (!question.feedback) problems.push('has no `feedback` for a wrong command');
			problems.push(...duplicates(question.accept.map(normaliseCommandAnswer), 'accepted command (after normalising)'));
			break;
		case 'output':
			if (!question.feedback) problems.push('has no `feedback` for a wrong prediction');
			break;
		case 'spot': {
			if (!question.feedback) problems.push('has no `feedback` for a wrong line');
			const lineCount = codeLines(question.code).length;
			for (const line of question.answer) {
				if (line < 1 || line > lineCount) problems.push(`answer line ${line} is out of range: the code has lines 1 to ${lineCount}`);
			}
			problems.push(...duplicates(question.answer.map(String), 'answer line'));
			break;
		}
	}
	return problems;
}

/** Lines of a spot-the-problem excerpt as learners see and number them. */
export function codeLines(code: string): string[] {
	return code.replace(/\n+$/, '').split('\n');
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

function duplicates(values: readonly string[], what: string): string[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const value of values) (seen.has(value) ? repeated : seen).add(value);
	return [...repeated].map((value) => `${what} "${clip(value)}" appears more than once`);
}

function clip(text: string, max = 40) {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
