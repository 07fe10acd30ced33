import type { Formats } from '../../lib/locale/format';
import type { Translate } from '../../lib/locale/messages';

/** What the My progress page says; keys `dashboard.*`. Numbers and dates come formatted for the page's language. */
export const dashboardStrings = (t: Translate) => {
	const lessons = (n: number) => t('dashboard.lessonCount', { count: n });
	const answeredQuestions = (n: number) => t('dashboard.answeredQuestionCount', { count: n });
	return {
		privacy: t('dashboard.privacy'),
		noScript: t('dashboard.noScript'),
		outlineFailed: (file: string, reason: string) => t('dashboard.outlineFailed', { file, reason }),
		overall: t('dashboard.overall'),
		lessonsDone: (done: number, total: number, f: Formats) =>
			t('dashboard.lessonsDone', { count: total, done: f.number(done), total: f.number(total) }),
		sectionsHeading: t('dashboard.sectionsHeading'),
		accuracyHeading: t('dashboard.accuracyHeading'),
		/** How many of the course's questions the learner has answered: the base the accuracy line below is taken over. */
		questionsAnswered: (answered: number, total: number, f: Formats) =>
			t('dashboard.questionsAnswered', { count: total, answered: f.number(answered), total: f.number(total) }),
		accuracy: (percent: number, correct: number, answered: number, f: Formats) =>
			answered
				? t('dashboard.accuracy', {
						count: answered,
						percent: f.percent(percent),
						correct: f.number(correct),
						answered: f.number(answered),
					})
				: t('dashboard.accuracyNone'),
		labTasksDone: (done: number, total: number, f: Formats) =>
			t('dashboard.labTasksDone', { done: f.number(done), total: f.number(total) }),
		checklistsHeading: t('dashboard.checklistsHeading'),
		checklistsIntro: t('dashboard.checklistsIntro'),
		checksDone: (done: number, total: number, f: Formats) => t('dashboard.checksDone', { done: f.number(done), total: f.number(total) }),
		checkDone: t('dashboard.checkDone'),
		checkOpen: t('dashboard.checkOpen'),
		tickOn: (lesson: string) => t('dashboard.tickOn', { lesson }),
		mapLink: t('dashboard.mapLink'),
		loopHeading: t('dashboard.loopHeading'),
		loopCaption: t('dashboard.loopCaption'),
		/** A lifecycle phase's accessible name on the loop: its name and how much of it is done. */
		phaseDone: (phase: string, percent: string) => t('dashboard.phaseDone', { phase, percent }),
		nextHeading: t('dashboard.nextHeading'),
		allDone: t('dashboard.allDone'),
		updatedHeading: t('dashboard.updatedHeading'),
		noneUpdated: t('dashboard.noneUpdated'),
		manageHeading: t('dashboard.manageHeading'),
		export: t('dashboard.export'),
		exportName: t('dashboard.exportName'),
		exportNameHint: t('dashboard.exportNameHint'),
		takeAlong: t('dashboard.takeAlong'),
		shareLink: t('dashboard.shareLink'),
		recordLink: t('dashboard.recordLink'),
		checklistLink: t('dashboard.checklistLink'),
		import: t('dashboard.import'),
		importTitle: t('dashboard.importTitle'),
		importFile: t('dashboard.importFile'),
		importMode: t('dashboard.importMode'),
		merge: t('dashboard.merge'),
		replace: t('dashboard.replace'),
		importConfirm: t('dashboard.importConfirm'),
		cancel: t('dashboard.cancel'),
		chooseFile: t('dashboard.chooseFile'),
		imported: (lessonCount: number, questionCount: number) =>
			t('dashboard.imported', { lessons: lessons(lessonCount), questions: answeredQuestions(questionCount) }),
		/** Follows `imported` in the same sentence run, hence the leading space. */
		otherSite: (siteId: string) => ` ${t('dashboard.otherSite', { siteId })}`,
		/** Follows `imported` (and `otherSite`), hence the leading space. */
		newerFile: (version: number) => ` ${t('dashboard.newerFile', { version })}`,
		/** `megabytes` comes with one decimal, written for the page's language. */
		tooLarge: (megabytes: string, limit: number) => t('dashboard.tooLarge', { megabytes, limit }),
		notSaved: {
			quota: t('dashboard.notSaved.quota'),
			blocked: t('dashboard.notSaved.blocked'),
			newer: t('dashboard.notSaved.newer'),
			protected: t('dashboard.notSaved.protected'),
		},
		importFailed: (why: string) => t('dashboard.importFailed', { why }),
		continueConfirm: (lessonCount: number, questionCount: number) =>
			t('dashboard.continueConfirm', { lessons: lessons(lessonCount), questions: answeredQuestions(questionCount) }),
		continueMerge: t('dashboard.continueMerge'),
		continueFailed: (problem: string) => t('dashboard.continueFailed', { problem }),
		importNotReadBack: t('dashboard.importNotReadBack'),
		resetFailed: (why: string) => t('dashboard.resetFailed', { why }),
		downloadStored: t('dashboard.downloadStored'),
		backupsHeading: t('dashboard.backupsHeading'),
		backupsIntro: t('dashboard.backupsIntro'),
		backupFrom: (date: string, size: string) => t('dashboard.backupFrom', { date, size }),
		backupOlder: (size: string) => t('dashboard.backupOlder', { size }),
		/** A kept copy's size; `kilobytes` is a whole number. */
		backupSize: (kilobytes: number) => t('dashboard.backupSize', { kilobytes }),
		download: t('dashboard.download'),
		/** The accessible name of a kept copy's Download button: which copy it downloads. */
		downloadBackup: (label: string) => t('dashboard.downloadBackup', { label }),
		resetSection: t('dashboard.resetSection'),
		resetSectionButton: t('dashboard.resetSectionButton'),
		resetAll: t('dashboard.resetAll'),
		confirmResetSection: (label: string) => t('dashboard.confirmResetSection', { label }),
		confirmResetAll: t('dashboard.confirmResetAll'),
		confirmReset: t('dashboard.confirmReset'),
		resetDone: (what: string) => t('dashboard.resetDone', { what }),
		/** What `resetDone` names when one section was reset. */
		sectionNamed: (label: string) => t('dashboard.sectionNamed', { label }),
		everything: t('dashboard.everything'),
	};
};
