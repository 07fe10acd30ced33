import type { Formats } from '../../lib/locale/format';

/** What the course map page says. */
export const courseMapStrings = {
	intro: 'Every section and lesson of the course in the order they are meant to be taken. Follow it from the top; the marks show what you have done in this browser.',
	standing: (done: number, total: number, minutesLeft: number, f: Formats) =>
		`${f.number(done)} of ${f.number(total)} lessons done. ${minutesLeft ? `About ${duration(minutesLeft, f)} of study left.` : 'Nothing left to study: well done!'}`,
	sectionMeta: (lessons: number, minutes: number, f: Formats) => `${f.number(lessons)} ${lessons === 1 ? 'lesson' : 'lessons'}, about ${duration(minutes, f)}`,
	minutes: (minutes: number, f: Formats) => `${f.number(minutes)} min`,
	quiz: 'quiz',
	lab: 'lab',
	checklist: 'checklist',
	next: 'Next',
	overview: 'Section overview',
} as const;

function duration(minutes: number, f: Formats) {
	if (minutes < 90) return `${f.number(minutes)} minutes`;
	return `${f.number(Math.round(minutes / 60))} hours`;
}
