import type { Translate } from '../../lib/locale/messages';
import { passportOutline, type PassportCourseSource, type PassportOutline } from '../../lib/passport/outline';
import { sectionName } from '../locale/translate';

type Section = PassportCourseSource['sections'][number] & { id: string };

/**
 * The course's outline in the page's language, for the record and the checklist: the sections'
 * names translated, and the lesson links to that language's pages so they keep the reader there.
 */
export function localizedOutline(
	course: Omit<PassportCourseSource, 'sections'> & { sections: readonly Section[] },
	t: Translate,
	link: (href: string) => string,
): PassportOutline {
	return passportOutline({
		...course,
		sections: course.sections.map((section) => ({
			...section,
			label: sectionName(t, section),
			lessons: section.lessons.map((lesson) => ({ ...lesson, href: link(lesson.href) })),
		})),
	});
}
