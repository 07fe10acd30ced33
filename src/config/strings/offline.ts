import type { Translate } from '../../lib/locale/messages';

/** What the site says about its offline copy; keys `offline.*`. */
export const offlineStrings = (t: Translate) => ({
	updateReady: t('offline.updateReady'),
	reload: t('offline.reload'),
	later: t('offline.later'),
});
