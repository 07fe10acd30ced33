/** What the Review page and the readiness scorecard say. */
export const reviewStrings = {
	intro:
		'Questions you missed, or marked “Not sure”, come back here on a schedule: soon after a miss, then at growing intervals as you get them right. The schedule uses FSRS, a spaced-repetition algorithm.',
	noScript: 'Reviews are scheduled by JavaScript from the progress saved in this browser. Turn JavaScript on to review.',
	dueNow: (n: number) => (n === 1 ? '1 question is due now.' : `${n} questions are due now.`),
	dueLaterToday: (n: number) => (n ? ` ${n} more ${n === 1 ? 'comes' : 'come'} due later today.` : ''),
	nothingDue: 'Nothing is due for review right now.',
	queueSize: (n: number) => `${n} ${n === 1 ? 'question is' : 'questions are'} in your review queue.`,
	nextDue: (when: string) => `The next one is due ${when}.`,
	sessionHeading: 'Due now',
	showing: (shown: number, due: number) => `Showing ${shown} of ${due}. Check these and the next ones follow.`,
	nextBatch: (n: number) => (n === 1 ? 'Show the next due question' : `Show the next ${n} due questions`),
	batchDone: 'All caught up: every question due now is checked.',
	nextStepBefore: 'Carry on with your next lesson on ',
	nextStepProgress: 'My progress',
	nextStepBetween: ', or see where you stand on the ',
	nextStepScorecard: 'readiness scorecard',
	nextStepAfter: '.',
	rescheduled: (when: string) => `Next review of this question: ${when}.`,
	rescheduleFailed: 'Your answer is saved, but its next review date could not be set. Check your connection, then check the answer again.',
	loadFailed: 'This question could not be loaded. Check your connection and reload the page.',
	heading: 'Review',
	dashboardDue: (n: number) => (n === 1 ? '1 question is due for review.' : `${n} questions are due for review.`),
	goReview: 'Review them',
} as const;

export const scorecardStrings = {
	intro:
		'How ready you are for a junior DevOps role, in the eight dimensions hiring panels use, weighted as they weigh them. Each dimension’s mastery grows as you answer more of its questions, answer them right the first time, and keep practising.',
	method: (halfLife: number) =>
		`Mastery is the average over every question tagged with the dimension: right on the first try counts 1, right after a miss 0.5, never answered 0, and each answer counts half as much after ${halfLife} days without practice.`,
	readiness: 'Overall readiness',
	labTasksDone: (done: number, total: number) => `Hands-on lab tasks done: ${done} of ${total}. Labs are practice: they do not change the readiness score, which comes from quiz answers.`,
	chartTitle: 'Mastery by dimension (percent)',
	tableCaption: 'Readiness by rubric dimension',
	dimension: 'Dimension',
	weight: 'Weight',
	mastery: 'Mastery',
	answered: 'Questions answered',
	studyNext: 'Study next',
	studyNextLessons: 'Lessons for it you have not completed:',
	allLessonsDone: 'You have completed every lesson tagged with it; review its questions.',
	print: 'Print this self-assessment',
	noScript: 'The scorecard is worked out from the progress saved in this browser. Turn JavaScript on to see yours.',
} as const;
