import type { Translate } from '../../lib/locale/messages';

/**
 * What the per-section sidebar's progress script writes; keys `sectionLinks.*`. Apart from the
 * progress strings so that only pages with that sidebar carry it.
 */
export const sectionLinkStrings = (t: Translate) => ({
	/** Stands for a section's finished-lesson count when the section index could not be loaded (offline). */
	countUnknown: t('sectionLinks.countUnknown'),
});
