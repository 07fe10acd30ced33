import type { Formats } from '../../lib/locale/format';
import type { Translate } from '../../lib/locale/messages';

/** What the per-section sidebar writes at build (the route middleware); keys `sidebar.*`. */
export const sidebarStrings = (t: Translate) => ({
	/** The link to a large section's full list, and that list's heading on the section's first page. */
	allLessons: (lessons: number, section: string, f: Formats) =>
		t('sidebar.allLessons', { count: lessons, lessons: f.number(lessons), section }),
});
