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
	rubric: readonly { skill: Skill; label: string; weight: number }[],
): DimensionBalance[] {
	const counts = new Map<Skill, number>(rubric.map((dimension) => [dimension.skill, 0]));
	let total = 0;
	for (const question of banks.flatMap((bank) => bank.questions)) {
		total += 1;
		for (const skill of question.skills) counts.set(skill, (counts.get(skill) ?? 0) + 1 / question.skills.length);
	}
	return rubric.map(({ skill, label, weight }) => {
		const questions = counts.get(skill) ?? 0;
		const share = total ? (questions / total) * 100 : 0;
		return { skill, label, weight, questions, share, withinTolerance: Math.abs(share - weight) <= BALANCE_TOLERANCE };
	});
}

export function formatBalanceTable(rows: readonly DimensionBalance[]): string {
	return [
		'| Dimension | Questions | Share | Weight | Within 5 points |',
		'| --- | --- | --- | --- | --- |',
		...rows.map((r) => `| ${r.label} | ${r.questions.toFixed(1)} | ${r.share.toFixed(1)}% | ${r.weight}% | ${r.withinTolerance ? 'yes' : 'no'} |`),
	].join('\n');
}
