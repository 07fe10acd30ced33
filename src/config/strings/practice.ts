import type { Translate } from '../../lib/locale/messages';

/** What a practice exercise's worked solution says around itself; keys `practice.*`. */
export const workedSolutionStrings = (t: Translate) => ({
	summary: t('practice.summary'),
	note: t('practice.note'),
	viewed: t('practice.viewed'),
});
