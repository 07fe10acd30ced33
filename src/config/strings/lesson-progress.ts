import type { Translate } from '../../lib/locale/messages';
import type { LessonState } from '../../lib/progress/path';

// Apart from progress.ts so that the sidebar's script, on every page, carries none of these.
/** What a lesson's progress controls say; keys `lessonProgress.*`. */
export const lessonProgressStrings = (t: Translate) => ({
	status: {
		'not-started': t('lessonProgress.status.not-started'),
		'in-progress': t('lessonProgress.status.in-progress'),
		done: t('lessonProgress.status.done'),
		updated: t('lessonProgress.status.updated'),
	} satisfies Record<LessonState, string>,
	completedOn: (date: string) => t('lessonProgress.completedOn', { date }),
	updatedSince: t('lessonProgress.updatedSince'),
});
