import type { Formats } from '../../lib/locale/format';

/** What the My progress page says. Numbers and dates come formatted for the page's language. */
export const dashboardStrings = {
	privacy:
		'Your progress lives only in this browser, on this device. Nothing is sent anywhere and there is no account. Export it to keep a copy or to move it to another browser; clearing your browser data deletes it.',
	noScript: 'Progress is kept by JavaScript in your browser. Turn JavaScript on to see and record yours.',
	overall: 'Overall',
	lessonsDone: (done: number, total: number, f: Formats) => `${f.number(done)} of ${f.number(total)} ${total === 1 ? 'lesson' : 'lessons'} completed`,
	sectionsHeading: 'By section',
	accuracyHeading: 'Quiz accuracy',
	/** How many of the course's questions the learner has answered: the base the accuracy line below is taken over. */
	questionsAnswered: (answered: number, total: number, f: Formats) =>
		`You have answered ${f.number(answered)} of the course’s ${f.number(total)} ${total === 1 ? 'question' : 'questions'}.`,
	accuracy: (percent: number, correct: number, answered: number, f: Formats) =>
		answered
			? `${f.percent(percent)} right the first time: ${f.number(correct)} of the ${f.number(answered)} ${answered === 1 ? 'question' : 'questions'} you answered.`
			: 'Answer a quiz question and your first-try accuracy shows here.',
	labTasksDone: (done: number, total: number, f: Formats) => `Hands-on lab tasks done: ${f.number(done)} of ${f.number(total)}.`,
	checklistsHeading: 'Milestones and capstone checks',
	checklistsIntro: 'The checklists you tick on the growth path and capstone pages. Each one is saved with the rest of your progress and goes with it when you export.',
	checksDone: (done: number, total: number, f: Formats) => `${f.number(done)} of ${f.number(total)} done`,
	checkDone: 'Done',
	checkOpen: 'To do',
	tickOn: (lesson: string) => `Tick them on “${lesson}”`,
	mapLink: 'See the whole course as a map',
	loopHeading: 'The lifecycle',
	loopCaption: 'Each phase counts half for completing its lesson and half for its quiz questions answered correctly.',
	nextHeading: 'Next lesson',
	allDone: 'You have completed every lesson whose prerequisites are done. Well done!',
	updatedHeading: 'Updated since you completed them',
	noneUpdated: 'None of the lessons you completed has changed since.',
	manageHeading: 'Keep, move or reset your progress',
	export: 'Export progress',
	exportName: 'Your name on the exported file (optional)',
	exportNameHint: 'A team lead who opens the file sees it in their team table; it is not saved here.',
	takeAlong: 'Show your progress to someone, or move it to another device by link or QR code:',
	shareLink: 'Share your progress',
	recordLink: 'Course record',
	checklistLink: 'Onboarding checklist',
	import: 'Import progress',
	importTitle: 'Import progress from a file',
	importFile: 'Progress file (.json)',
	importMode: 'What to do with your current progress',
	merge: 'Merge: keep both, the most recent change wins',
	replace: 'Replace: use only the file',
	importConfirm: 'Import',
	cancel: 'Cancel',
	chooseFile: 'Choose a file first.',
	imported: (lessons: number, questions: number) =>
		`Imported: ${lessons} ${lessons === 1 ? 'lesson' : 'lessons'} and ${questions} answered ${questions === 1 ? 'question' : 'questions'}.`,
	otherSite: (siteId: string) => ` The file came from another site (“${siteId}”); its entries were added anyway.`,
	newerFile: (version: number) =>
		` The file came from a newer version of this site (progress version ${version}): what this version can read was imported, and anything the newer version added was left out.`,
	tooLarge: (megabytes: string, limit: number) =>
		`This file is ${megabytes} MB; the largest progress file this site can import is ${limit} MB, because a browser keeps only about 5 MB per site. Nothing was changed.`,
	notSaved: {
		quota: 'your browser’s storage for this site is full, so it could not be saved',
		blocked: 'progress can’t be saved in this browser (storage is blocked or unavailable)',
		newer: 'this browser holds progress saved by a newer version of this site, which this version cannot change; download it below to keep a copy',
		protected: 'saved progress that could not be read or backed up is protected from being overwritten',
	},
	importFailed: (why: string) => `Nothing was imported: ${why}. Your progress is as it was before.`,
	continueConfirm: (lessons: number, questions: number) =>
		`This link carries progress from another device: ${lessons} ${lessons === 1 ? 'lesson' : 'lessons'} and ${questions} answered ${questions === 1 ? 'question' : 'questions'}. Merge it into the progress in this browser?`,
	continueMerge: 'Merge',
	continueFailed: (problem: string) => `The link from another device was not used. ${problem} Your progress is as it was before.`,
	importNotReadBack: 'Nothing was imported: the progress was written but reading it back did not find it. Your progress is as it was before; try again.',
	resetFailed: (why: string) => `Nothing was reset: ${why}.`,
	downloadStored: 'Download the stored progress',
	backupsHeading: 'Unreadable progress kept in this browser',
	backupsIntro:
		'When saved progress could not be read, this site kept a copy of it instead of overwriting it. Download a copy to keep it, or to recover entries from it by hand.',
	backupFrom: (date: string, size: string) => `Copy kept on ${date} (${size})`,
	backupOlder: (size: string) => `Copy kept by an earlier version of this site (${size})`,
	download: 'Download',
	resetSection: 'Reset a section',
	resetSectionButton: 'Reset section',
	resetAll: 'Reset everything',
	confirmResetSection: (label: string) => `Reset all progress in “${label}”? This cannot be undone. Export first if you want a copy.`,
	confirmResetAll: 'Reset all your progress? This cannot be undone. Export first if you want a copy.',
	confirmReset: 'Reset',
	resetDone: (what: string) => `Progress in ${what} was reset.`,
	everything: 'every section',
} as const;
