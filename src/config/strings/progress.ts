import type { Translate } from '../../lib/locale/messages';

/**
 * What the sidebar's progress script says on every page: keep it short. Keys `progress.*`; the
 * sidebar puts only these two in the page (Sidebar.astro).
 */
export const progressStrings = (t: Translate) => ({
	completedMark: t('progress.completedMark'),
	inProgressMark: t('progress.inProgressMark'),
});

/** Rendered into pages at build; the script only shows or hides them. Keys `progress.*`. */
export const progressPageStrings = (t: Translate) => ({
	markComplete: t('progress.markComplete'),
	notices: {
		blocked: t('progress.notices.blocked'),
		quota: t('progress.notices.quota'),
		quotaNotKept: t('progress.notices.quotaNotKept'),
		downloadProgress: t('progress.notices.downloadProgress'),
		corrupt: t('progress.notices.corrupt'),
		corruptNoBackup: t('progress.notices.corruptNoBackup'),
		newer: t('progress.notices.newer'),
		downloadBackup: t('progress.notices.downloadBackup'),
	},
});

/**
 * What the lifecycle loop (LifecycleLoop.astro) says, on the lifecycle page and the dashboard; keys
 * `progress.loop.*`. The phases' names are vocabulary (vocabularyStrings).
 */
export const lifecycleLoopStrings = (t: Translate) => ({
	title: t('progress.loop.title'),
	/** The loop's centre, on two lines of the drawing. */
	centreTop: t('progress.loop.centreTop'),
	centreBottom: t('progress.loop.centreBottom'),
	caption: t('progress.loop.caption'),
});
