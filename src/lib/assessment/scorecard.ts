import type { Progress } from '../../schemas/progress';

/** After this long without answering, a right answer counts half. */
export const RECENCY_HALF_LIFE_DAYS = 60;

export interface RubricDimension {
	skill: string;
	label: string;
	weight: number;
}

export interface DimensionScore extends RubricDimension {
	/** 0-100: coverage, first-try accuracy and recency in one figure. */
	mastery: number;
	answered: number;
	total: number;
}

export interface Readiness {
	dimensions: DimensionScore[];
	/** Weighted mastery across the rubric, 0-100. */
	readiness: number;
	/** Dimensions to study next: the largest weighted gaps first. */
	studyNext: DimensionScore[];
}

/**
 * Mastery of a dimension is the average credit over every question tagged with it: a question never
 * answered gives 0, right on the first try 1, right only later 0.5, each scaled down by how long ago
 * it was last answered. So it grows with coverage, accuracy and recent practice.
 */
export function scoreReadiness(
	progress: Progress,
	questions: readonly { id: string; skills: readonly string[] }[],
	rubric: readonly RubricDimension[],
	now: number,
): Readiness {
	const dimensions = rubric.map((dimension) => {
		const tagged = questions.filter((question) => question.skills.includes(dimension.skill));
		let credit = 0;
		let answered = 0;
		for (const question of tagged) {
			const result = progress.questions[question.id];
			if (!result) continue;
			answered++;
			const ageDays = Math.max(0, now - result.lastAnsweredAt) / 86_400_000;
			credit += (result.firstCorrect ? 1 : result.lastCorrect ? 0.5 : 0) * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS);
		}
		return { ...dimension, mastery: tagged.length ? Math.round((credit / tagged.length) * 100) : 0, answered, total: tagged.length };
	});
	const totalWeight = rubric.reduce((sum, d) => sum + d.weight, 0);
	const readiness = Math.round(dimensions.reduce((sum, d) => sum + d.weight * d.mastery, 0) / totalWeight);
	const gap = (d: DimensionScore) => d.weight * (100 - d.mastery);
	const studyNext = [...dimensions]
		.filter((d) => d.mastery < 100)
		.sort((a, b) => gap(b) - gap(a))
		.slice(0, 2);
	return { dimensions, readiness, studyNext };
}
