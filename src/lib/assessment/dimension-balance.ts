import type { Skill } from '../../schemas/vocabulary';
import type { BankForLint } from './bank-lint';

/** How far a dimension's share of questions may stray from its rubric weight, in percentage points. */
export const BALANCE_TOLERANCE = 5;

export interface DimensionBalance {
	skill: Skill;
	label: string;
	/** Rubric weight in percent. */
	weight: number;
	/** Questions that test this skill; a question tagged with k skills counts 1/k for each. */
	questions: number;
	/** Share of all questions, in percent. */
	share: number;
	withinTolerance: boolean;
}

/**
 * Questions per rubric dimension against the rubric's weights. A question counts once in all,
 * split across its skills, so the shares add up to 100 like the weights do.
 */
export function dimensionBalance(
	banks: readonly BankForLint[],
	rubric: readonly { skill: Skill; weight: number }[],
	names: Readonly<Record<Skill, string>>,
): DimensionBalance[] {
	const counts = new Map<Skill, number>(rubric.map((dimension) => [dimension.skill, 0]));
	let total = 0;
	for (const question of banks.flatMap((bank) => bank.questions)) {
		total += 1;
		for (const skill of question.skills) counts.set(skill, (counts.get(skill) ?? 0) + 1 / question.skills.length);
	}
	return rubric.map(({ skill, weight }) => {
		const label = names[skill];
		const questions = counts.get(skill) ?? 0;
		const share = total ? (questions / total) * 100 : 0;
		// Compared at the precision shown, so 11 of 20 (55.00000000000001%) is 5 points from 50, as the table says.
		const gap = Math.round(Math.abs(share - weight) * 10) / 10;
		return { skill, label, weight, questions, share, withinTolerance: gap <= BALANCE_TOLERANCE };
	});
}

export function formatBalanceTable(rows: readonly DimensionBalance[]): string {
	return [
		'| Dimension | Questions | Share | Weight | Within 5 points |',
		'| --- | --- | --- | --- | --- |',
		...rows.map(
			(r) => `| ${r.label} | ${r.questions.toFixed(1)} | ${r.share.toFixed(1)}% | ${r.weight}% | ${r.withinTolerance ? 'yes' : 'no'} |`,
		),
	].join('\n');
}

/** Dimensions whose share strays more than the tolerance from their weight, each as one line. */
export function balanceWarnings(rows: readonly DimensionBalance[]): string[] {
	return rows
		.filter((row) => !row.withinTolerance)
		.map((row) => {
			const gap = row.share - row.weight;
			return `${row.label}: ${row.share.toFixed(1)}% of questions against a weight of ${row.weight}% (${gap > 0 ? '+' : ''}${gap.toFixed(1)} points, limit ±${BALANCE_TOLERANCE})`;
		});
}

/** What the build prints: the table, then the dimensions out of balance. */
export function formatBalanceReport(rows: readonly DimensionBalance[]): string {
	const warnings = balanceWarnings(rows);
	return [
		'Questions per rubric dimension:',
		formatBalanceTable(rows),
		...(warnings.length
			? [`Out of balance (reported, not enforced):`, ...warnings.map((line) => `  ${line}`)]
			: ['Every dimension is within the tolerance.']),
	].join('\n');
}
