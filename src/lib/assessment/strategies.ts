import type { QuestionOf } from '../../schemas/quiz';
import type { BankForLint } from './bank-lint';
import { contentWords, plainText } from './plain-text';

/** How a learner who never read a lesson might still pass: each strategy and what it scores. */
export interface StrategyResult {
	strategy: string;
	/** Question type it plays and how many of those questions there are. */
	playsOn: 'single choice' | 'true/false';
	questions: number;
	/** Expected share answered right; ties between options the strategy cannot tell apart are split evenly. */
	score: number;
	/** Expected share a blind guess gets on the same questions. */
	chance: number;
}

type Single = QuestionOf<'single'>;

/** Expected score of picking uniformly among the options a strategy ranks highest. */
function pickBest(question: Single, rank: (text: string) => number): number {
	const ranks = question.options.map((option) => rank(option.text));
	const top = Math.max(...ranks);
	const picked = question.options.filter((_, i) => ranks[i] === top);
	return picked.filter((option) => option.correct).length / picked.length;
}

const singleStrategies: { strategy: string; play: (question: Single) => number }[] = [
	{ strategy: 'always the longest option', play: (q) => pickBest(q, (text) => plainText(text).length) },
	{ strategy: 'always the shortest option', play: (q) => pickBest(q, (text) => -plainText(text).length) },
	{
		// A shuffled question shows a new order per attempt, so its first option is a blind guess.
		strategy: 'always the first option as displayed',
		play: (q) => (q.shuffle ? 1 / q.options.length : q.options[0]!.correct ? 1 : 0),
	},
	{
		strategy: 'most words shared with the prompt',
		play: (q) => {
			const asked = contentWords(q.prompt);
			return pickBest(q, (text) => [...contentWords(text)].filter((word) => asked.has(word)).length);
		},
	},
];

const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

/** Plays every naive strategy over all banks at once, as a learner gaming the whole course would. */
export function playNaiveStrategies(banks: readonly BankForLint[]): StrategyResult[] {
	const questions = banks.flatMap((bank) => bank.questions);
	const singles = questions.filter((q): q is Single => q.type === 'single');
	const statements = questions.filter((q): q is QuestionOf<'truefalse'> => q.type === 'truefalse');
	const singleChance = mean(singles.map((q) => 1 / q.options.length));
	return [
		...singleStrategies.map(({ strategy, play }) => ({
			strategy,
			playsOn: 'single choice' as const,
			questions: singles.length,
			score: mean(singles.map(play)),
			chance: singleChance,
		})),
		{
			strategy: 'always "false"',
			playsOn: 'true/false' as const,
			questions: statements.length,
			score: mean(statements.map((q) => (q.answer ? 0 : 1))),
			chance: 0.5,
		},
	];
}

export function formatStrategyTable(results: readonly StrategyResult[]): string {
	const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
	return [
		'| Strategy | Plays on | Questions | Score | Chance |',
		'| --- | --- | --- | --- | --- |',
		...results.map((r) => `| ${r.strategy} | ${r.playsOn} | ${r.questions} | ${pct(r.score)} | ${pct(r.chance)} |`),
	].join('\n');
}
