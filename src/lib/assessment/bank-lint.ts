import type { Question, QuestionOf, QuestionType } from '../../schemas/quiz';
import { questionTypes } from '../quiz/types/index';
import { contentWords, isNegated, normalised, plainText } from './plain-text';

/** A question bank as the bank-wide lint needs it: where it lives and its questions. */
export interface BankForLint {
	file: string;
	questions: readonly Question[];
}

/** Questions of one file that a rule counts against the bank. */
export interface Offenders {
	file: string;
	ids: string[];
}

/** A rule the whole bank breaks, with the figure measured, the limit and where to start fixing. */
export interface BankRuleFailure {
	rule: string;
	measured: string;
	limit: string;
	/** Files with the most offending questions first. */
	offenders: Offenders[];
}

/** Share of single-choice questions whose right option may be the longest, and the shortest. */
export const EXTREME_LENGTH_LIMIT = 0.35;
/** Share of true/false statements that are true. */
export const TRUE_SHARE_RANGE = [0.4, 0.6] as const;
/** Share of multiple-choice questions that may have the same number of right options. */
export const SAME_CORRECT_COUNT_LIMIT = 0.5;
/**
 * Below this many questions of a type the shares are noise, so the share rules wait: a team's
 * first bank of three statements is not "unbalanced".
 */
export const MIN_SAMPLE = 10;
/** Share of all questions that must offer a hint. */
export const HINT_SHARE_MIN = 1 / 3;
/** Types whose answer is a whole arrangement, where a stuck learner otherwise can only guess (each type's module says). */
const HINT_REQUIRED = (Object.keys(questionTypes) as QuestionType[]).filter((type) => questionTypes[type].hintRequired);
/** Files and ids named per failure: enough to start, short enough to read. */
const WORST_FILES = 3;
const IDS_PER_FILE = 6;

type Located<T> = { file: string; question: T };

function located<T extends Question['type']>(banks: readonly BankForLint[], type: T): Located<QuestionOf<T>>[] {
	return banks.flatMap((bank) =>
		bank.questions
			.filter((question): question is QuestionOf<T> => question.type === type)
			.map((question) => ({ file: bank.file, question })),
	);
}

/** Which option of a single-choice question is strictly the longest or the shortest (ties are neither). */
export function extremeOption(options: readonly { text: string }[], which: 'longest' | 'shortest'): number | undefined {
	const lengths = options.map((option) => plainText(option.text).length);
	const best = which === 'longest' ? Math.max(...lengths) : Math.min(...lengths);
	const at = lengths.flatMap((length, index) => (length === best ? [index] : []));
	return at.length === 1 ? at[0] : undefined;
}

function worst(items: readonly Located<Question>[]): Offenders[] {
	const byFile = new Map<string, string[]>();
	for (const { file, question } of items) byFile.set(file, [...(byFile.get(file) ?? []), question.id]);
	return [...byFile]
		.map(([file, ids]) => ({ file, ids }))
		.sort((a, b) => b.ids.length - a.ids.length || a.file.localeCompare(b.file))
		.slice(0, WORST_FILES);
}

/** "a, b and c". */
const listed = (words: readonly string[]) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? ''));
const percent = (share: number) => `${Math.round(share * 100)}%`;
const ofTotal = (count: number, total: number, what: string) => `${count} of ${total} ${what} (${percent(count / total)})`;

function extremeLengthRule(banks: readonly BankForLint[], which: 'longest' | 'shortest'): BankRuleFailure | undefined {
	const singles = located(banks, 'single');
	if (singles.length < MIN_SAMPLE) return undefined;
	const hits = singles.filter(({ question }) => {
		const at = extremeOption(question.options, which);
		return at !== undefined && question.options[at]!.correct;
	});
	if (hits.length / singles.length <= EXTREME_LENGTH_LIMIT) return undefined;
	return {
		rule: `single choice: the right option is the ${which}`,
		measured: ofTotal(hits.length, singles.length, 'single-choice questions'),
		limit: `at most ${percent(EXTREME_LENGTH_LIMIT)}`,
		offenders: worst(hits),
	};
}

function trueShareRule(banks: readonly BankForLint[]): BankRuleFailure | undefined {
	const statements = located(banks, 'truefalse');
	if (statements.length < MIN_SAMPLE) return undefined;
	const trueOnes = statements.filter(({ question }) => question.answer);
	const share = trueOnes.length / statements.length;
	const [low, high] = TRUE_SHARE_RANGE;
	if (share >= low && share <= high) return undefined;
	// The statements to rewrite are those of the side there are too many of.
	const surplus = share < low ? statements.filter(({ question }) => !question.answer) : trueOnes;
	return {
		rule: 'true/false: share of true statements',
		measured: ofTotal(trueOnes.length, statements.length, 'statements are true'),
		limit: `${percent(low)} to ${percent(high)}`,
		offenders: worst(surplus),
	};
}

function correctCountRule(banks: readonly BankForLint[]): BankRuleFailure | undefined {
	const multiples = located(banks, 'multiple');
	if (multiples.length < MIN_SAMPLE) return undefined;
	const byCount = new Map<number, Located<Question>[]>();
	for (const item of multiples) {
		const count = item.question.options.filter((option) => option.correct).length;
		byCount.set(count, [...(byCount.get(count) ?? []), item]);
	}
	const [count, items] = [...byCount].sort((a, b) => b[1].length - a[1].length)[0]!;
	if (items.length / multiples.length <= SAME_CORRECT_COUNT_LIMIT) return undefined;
	return {
		rule: `multiple choice: questions with exactly ${count} right option${count === 1 ? '' : 's'}`,
		measured: ofTotal(items.length, multiples.length, 'multiple-choice questions'),
		limit: `at most ${percent(SAME_CORRECT_COUNT_LIMIT)} for any one count`,
		offenders: worst(items),
	};
}

/** Why an option adds nothing a learner must weigh, or nothing. */
export function hollowOption(prompt: string, options: readonly { text: string }[], index: number): string | undefined {
	const text = options[index]!.text;
	const key = normalised(text);
	if (options.some((other, i) => i < index && normalised(other.text) === key)) return 'repeats an earlier option';
	if (isNegated(text)) {
		const asked = contentWords(prompt);
		if ([...contentWords(text)].every((word) => asked.has(word))) return 'only negates the prompt';
	}
	return undefined;
}

function distinctOptionsRule(banks: readonly BankForLint[]): BankRuleFailure | undefined {
	const hits = [...located(banks, 'single'), ...located(banks, 'multiple')].filter(({ question }) =>
		question.options.some((option, index) => !option.correct && hollowOption(question.prompt, question.options, index)),
	);
	if (!hits.length) return undefined;
	return {
		rule: 'every wrong option differs in substance (no repeated option, none that only negates the prompt)',
		measured: `${hits.length} question${hits.length === 1 ? '' : 's'} with such an option`,
		limit: 'none',
		offenders: worst(hits),
	};
}

function typeVarietyRule(banks: readonly BankForLint[]): BankRuleFailure | undefined {
	const uniform = banks.filter((bank) => bank.questions.length > 1 && new Set(bank.questions.map((q) => q.type)).size === 1);
	if (!uniform.length) return undefined;
	return {
		rule: 'each bank mixes question types',
		measured: `${uniform.length} bank${uniform.length === 1 ? '' : 's'} of one type only`,
		limit: 'none',
		offenders: uniform.slice(0, WORST_FILES).map((bank) => ({ file: bank.file, ids: bank.questions.map((q) => q.id) })),
	};
}

function hintRules(banks: readonly BankForLint[]): BankRuleFailure[] {
	const all = banks.flatMap((bank) => bank.questions.map((question) => ({ file: bank.file, question })));
	const failures: BankRuleFailure[] = [];
	const missing = all.filter(({ question }) => HINT_REQUIRED.includes(question.type) && !question.hint);
	if (missing.length) {
		failures.push({
			rule: `every ${listed(HINT_REQUIRED)} question has a hint`,
			measured: `${missing.length} without one`,
			limit: 'none',
			offenders: worst(missing),
		});
	}
	const hinted = all.filter(({ question }) => question.hint).length;
	if (all.length >= MIN_SAMPLE && hinted / all.length < HINT_SHARE_MIN) {
		failures.push({
			rule: 'questions with a hint',
			measured: ofTotal(hinted, all.length, 'questions'),
			limit: `at least ${percent(HINT_SHARE_MIN)}`,
			offenders: worst(all.filter(({ question }) => !question.hint)),
		});
	}
	return failures;
}

/**
 * Rules over every bank at once: a learner who games the whole course (always the longest
 * option, always "false") must not pass, which no single bank's lint can see. Pure, so it
 * checks banks written later by anyone the same way.
 */
export function lintAllBanks(banks: readonly BankForLint[]): BankRuleFailure[] {
	return [
		extremeLengthRule(banks, 'longest'),
		extremeLengthRule(banks, 'shortest'),
		trueShareRule(banks),
		correctCountRule(banks),
		distinctOptionsRule(banks),
		typeVarietyRule(banks),
		...hintRules(banks),
	].filter((failure): failure is BankRuleFailure => failure !== undefined);
}

export function formatBankFailures(failures: readonly BankRuleFailure[]): string {
	const blocks = failures.map((failure) => {
		const files = failure.offenders.map(({ file, ids }) => {
			const shown = ids.slice(0, IDS_PER_FILE).join(', ');
			return `    ${file}: ${shown}${ids.length > IDS_PER_FILE ? ` and ${ids.length - IDS_PER_FILE} more` : ''}`;
		});
		return [`  ${failure.rule}: ${failure.measured}; limit ${failure.limit}. Worst files:`, ...files].join('\n');
	});
	return `Question bank check failed with ${failures.length} rule${failures.length === 1 ? '' : 's'} broken:\n${blocks.join('\n')}`;
}
