import type { MasteryLevel } from '../../lib/assessment/mastery';
import type { Translate } from '../../lib/locale/messages';

/** What the skill levels on the dashboard and the readiness scorecard say; keys `assessment.mastery.*`. */
export const masteryStrings = (t: Translate) => ({
	heading: t('assessment.mastery.heading'),
	intro: t('assessment.mastery.intro'),
	caption: t('assessment.mastery.caption'),
	skill: t('assessment.mastery.skill'),
	level: t('assessment.mastery.level'),
	practiseNext: t('assessment.mastery.practiseNext'),
	nothingNext: t('assessment.mastery.nothingNext'),
	loadFailed: (file: string, reason: string) => t('assessment.mastery.loadFailed', { file, reason }),
	levels: {
		'not-started': t('assessment.mastery.levels.not-started'),
		attempted: t('assessment.mastery.levels.attempted'),
		familiar: t('assessment.mastery.levels.familiar'),
		proficient: t('assessment.mastery.levels.proficient'),
		mastered: t('assessment.mastery.levels.mastered'),
	} satisfies Record<MasteryLevel, string>,
	questionIn: (bank: string, number: number) => t('assessment.mastery.questionIn', { bank, number }),
});

export type MasteryStrings = ReturnType<typeof masteryStrings>;

const percentOf = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/**
 * What the practice exam page says; keys `assessment.exam.*`. Its questions are numbered with the
 * quiz's own "Question n of m" (`quizPage.questionOf`).
 */
export const examStrings = (t: Translate) => ({
	intro: (size: number) => t('assessment.exam.intro', { size }),
	noScript: t('assessment.exam.noScript'),
	start: t('assessment.exam.start'),
	loading: t('assessment.exam.loading'),
	loadFailed: t('assessment.exam.loadFailed'),
	heading: t('assessment.exam.heading'),
	finish: t('assessment.exam.finish'),
	resultHeading: t('assessment.exam.resultHeading'),
	score: (right: number, total: number) => t('assessment.exam.score', { right, total, percent: percentOf(right, total) }),
	unanswered: (n: number) => (n ? ` ${t('assessment.exam.unanswered', { count: n })}` : ''),
	resultCaption: t('assessment.exam.resultCaption'),
	skill: t('assessment.exam.skill'),
	right: t('assessment.exam.right'),
	reread: t('assessment.exam.reread'),
	nothingToReread: t('assessment.exam.nothingToReread'),
	rereadLink: (bank: string) => bank,
	again: t('assessment.exam.again'),
	feedbackBelow: t('assessment.exam.feedbackBelow'),
	historyHeading: t('assessment.exam.historyHeading'),
	noHistory: t('assessment.exam.noHistory'),
	attempt: (date: string, right: number, asked: number) =>
		t('assessment.exam.attempt', { date, right, asked, percent: percentOf(right, asked) }),
});
