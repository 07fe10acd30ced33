import type { Translate } from '../../lib/locale/messages';

/** What the Review page and the dashboard's review line say; keys `review.*`. */
export const reviewStrings = (t: Translate) => ({
	intro: t('review.intro'),
	noScript: t('review.noScript'),
	dueNow: (n: number) => t('review.dueNow', { count: n }),
	dueLaterToday: (n: number) => (n ? ` ${t('review.dueLaterToday', { count: n })}` : ''),
	nothingDue: t('review.nothingDue'),
	queueSize: (n: number) => t('review.queueSize', { count: n }),
	nextDue: (when: string) => t('review.nextDue', { when }),
	sessionHeading: t('review.sessionHeading'),
	showing: (shown: number, due: number) => t('review.showing', { shown, due }),
	nextBatch: (n: number) => t('review.nextBatch', { count: n }),
	batchDone: t('review.batchDone'),
	nextStepBefore: t('review.nextStepBefore'),
	nextStepProgress: t('review.nextStepProgress'),
	nextStepBetween: t('review.nextStepBetween'),
	nextStepScorecard: t('review.nextStepScorecard'),
	nextStepAfter: t('review.nextStepAfter'),
	/** Before the link to the lesson a due question comes from. */
	from: t('review.from'),
	rescheduled: (when: string) => t('review.rescheduled', { when }),
	rescheduleFailed: t('review.rescheduleFailed'),
	loadFailed: t('review.loadFailed'),
	heading: t('review.heading'),
	dashboardDue: (n: number) => t('review.dashboardDue', { count: n }),
	goReview: t('review.goReview'),
	/** A review due beyond today: `day` is its weekday and date, formatted for the page's language (sooner ones are said by Intl). */
	onDay: (day: string) => t('review.when.onDay', { day }),
});

export type ReviewStrings = ReturnType<typeof reviewStrings>;

/** What the readiness scorecard says; keys `review.scorecard.*`. */
export const scorecardStrings = (t: Translate) => ({
	intro: t('review.scorecard.intro'),
	method: (halfLife: number) => t('review.scorecard.method', { halfLife }),
	readiness: t('review.scorecard.readiness'),
	labTasksDone: (done: number, total: number) => t('review.scorecard.labTasksDone', { done, total }),
	chartTitle: t('review.scorecard.chartTitle'),
	tableCaption: t('review.scorecard.tableCaption'),
	dimension: t('review.scorecard.dimension'),
	weight: t('review.scorecard.weight'),
	mastery: t('review.scorecard.mastery'),
	answered: t('review.scorecard.answered'),
	/** A dimension's questions answered, in its row of the table. */
	answeredOf: (answered: number, total: number) => t('review.scorecard.answeredOf', { answered, total }),
	studyNext: t('review.scorecard.studyNext'),
	studyNextLessons: t('review.scorecard.studyNextLessons'),
	allLessonsDone: t('review.scorecard.allLessonsDone'),
	print: t('review.scorecard.print'),
	noScript: t('review.scorecard.noScript'),
});
