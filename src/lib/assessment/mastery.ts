import type { Progress, QuestionProgress, ReviewCard } from '../../schemas/progress';
import { masteryLevels } from '../../schemas/mastery-levels';
import { entryOf } from '../progress/records';

export { masteryLevels };
export type MasteryLevel = (typeof masteryLevels)[number];

const DAY = 86_400_000;

/**
 * How long, in days, a right answer is remembered at 90% before any spacing: a first right answer
 * fades within days, as FSRS assumes for a card seen once.
 */
export const FIRST_ANSWER_STABILITY_DAYS = 2;
/** A right answer only after a wrong one counts this much of a right first try. */
const LATE_RIGHT_CREDIT = 0.7;

/**
 * What each level asks for. `strength` is the remembered share of all the skill's questions (so it
 * grows with coverage and fades with time), `accuracy` the share of answered questions whose latest
 * answer is right, `spaced` the share of the skill's questions answered right again on a later day.
 */
export const LEVEL_RULES: readonly {
	level: Exclude<MasteryLevel, 'not-started' | 'attempted'>;
	strength: number;
	accuracy: number;
	spaced: number;
}[] = [
	{ level: 'mastered', strength: 0.7, accuracy: 0.85, spaced: 0.35 },
	{ level: 'proficient', strength: 0.45, accuracy: 0.75, spaced: 0.15 },
	{ level: 'familiar', strength: 0.2, accuracy: 0.6, spaced: 0 },
];

export interface QuestionForMastery {
	id: string;
	skills: readonly string[];
}

export interface QuestionEvidence {
	id: string;
	/** Chance the learner would still answer it right now, 0 when the latest answer was wrong. */
	recall: number;
	answered: boolean;
	/** Latest answer wrong. */
	missed: boolean;
	/** Answered right again on a later day than the first answer, or passed a review. */
	spaced: boolean;
}

export interface SkillMastery {
	skill: string;
	level: MasteryLevel;
	strength: number;
	accuracy: number;
	spaced: number;
	answered: number;
	total: number;
	/** Questions that would raise the level most: recent misses, then fading answers, then new ones. */
	next: string[];
}

/** FSRS's forgetting curve: the chance of recall after `days` for a memory of stability `stability` (90% at t = S). */
export function recallAfter(days: number, stability: number): number {
	if (stability <= 0) return 0;
	return (1 + (19 / 81) * (Math.max(0, days) / stability)) ** -0.5;
}

/**
 * The evidence one question gives. Every answer, in a lesson or on the Review page, updates the
 * question's record, so its latest answer says right or wrong. A review card that has been
 * reviewed carries the best estimate of how long it is remembered (FSRS stability from every
 * review); without one, the gap between the first answer and a right latest answer stands in for
 * spacing, since an answer still right days later was remembered at least that long.
 */
export function questionEvidence(
	id: string,
	answer: QuestionProgress | undefined,
	card: ReviewCard | undefined,
	now: number,
): QuestionEvidence {
	if (!answer) return { id, recall: 0, answered: false, missed: false, spaced: false };
	if (!answer.lastCorrect) return { id, recall: 0, answered: true, missed: true, spaced: false };
	const gapDays = Math.max(0, (answer.lastAnsweredAt - answer.firstAnsweredAt) / DAY);
	const reviewed = card?.lastReview !== undefined && card.stability > 0;
	const stability = reviewed ? card!.stability : FIRST_ANSWER_STABILITY_DAYS + gapDays;
	const lastSeen = Math.max(answer.lastAnsweredAt, card?.lastReview ?? 0);
	const credit = answer.firstCorrect ? 1 : LATE_RIGHT_CREDIT;
	return { id, recall: credit * recallAfter((now - lastSeen) / DAY, stability), answered: true, missed: false, spaced: gapDays >= 1 };
}

/** The level each skill has reached, from stored answers and review cards only. */
export function skillMastery(
	progress: Progress,
	questions: readonly QuestionForMastery[],
	skills: readonly string[],
	now: number,
): SkillMastery[] {
	return skills.map((skill) => {
		const evidence = questions
			.filter((question) => question.skills.includes(skill))
			.map((question) =>
				questionEvidence(question.id, entryOf(progress.questions, question.id), entryOf(progress.review, question.id), now),
			);
		const total = evidence.length;
		const answered = evidence.filter((e) => e.answered);
		const strength = total ? evidence.reduce((sum, e) => sum + e.recall, 0) / total : 0;
		const accuracy = answered.length ? answered.filter((e) => !e.missed).length / answered.length : 0;
		const spaced = total ? evidence.filter((e) => e.spaced).length / total : 0;
		const reached = LEVEL_RULES.find((rule) => strength >= rule.strength && accuracy >= rule.accuracy && spaced >= rule.spaced);
		const level: MasteryLevel = !answered.length ? 'not-started' : (reached?.level ?? 'attempted');
		return { skill, level, strength, accuracy, spaced, answered: answered.length, total, next: nextQuestions(evidence) };
	});
}

/** How many questions to suggest per skill. */
export const NEXT_QUESTIONS = 3;

/** Misses first (fixing one lifts accuracy), then the most faded answers, then questions never tried. */
function nextQuestions(evidence: readonly QuestionEvidence[]): string[] {
	const missed = evidence.filter((e) => e.missed);
	const fading = evidence.filter((e) => e.answered && !e.missed && e.recall < 0.9).sort((a, b) => a.recall - b.recall);
	const fresh = evidence.filter((e) => !e.answered);
	return [...missed, ...fading, ...fresh].slice(0, NEXT_QUESTIONS).map((e) => e.id);
}
