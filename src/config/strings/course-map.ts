import type { Formats } from '../../lib/locale/format';
import type { Translate } from '../../lib/locale/messages';

/** What the course map page says; keys `courseMap.*`. */
export const courseMapStrings = (t: Translate) => {
	const duration = (minutes: number, f: Formats) => {
		if (minutes < 90) return t('courseMap.durationMinutes', { count: minutes, minutes: f.number(minutes) });
		const hours = Math.round(minutes / 60);
		return t('courseMap.durationHours', { count: hours, hours: f.number(hours) });
	};
	return {
		intro: t('courseMap.intro'),
		standing: (done: number, total: number, minutesLeft: number, f: Formats) =>
			t('courseMap.standing', {
				done: f.number(done),
				total: f.number(total),
				left: minutesLeft ? t('courseMap.studyLeft', { duration: duration(minutesLeft, f) }) : t('courseMap.nothingLeft'),
			}),
		sectionMeta: (lessons: number, minutes: number, f: Formats) =>
			t('courseMap.sectionMeta', { count: lessons, lessons: f.number(lessons), duration: duration(minutes, f) }),
		minutes: (minutes: number, f: Formats) => t('courseMap.minutes', { minutes: f.number(minutes) }),
		quiz: t('courseMap.quiz'),
		lab: t('courseMap.lab'),
		checklist: t('courseMap.checklist'),
		next: t('courseMap.next'),
		overview: t('courseMap.overview'),
	};
};
