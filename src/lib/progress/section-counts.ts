import type { Progress } from '../../schemas/progress';

/** Lesson keys by section id, as /course-sections.json serves them. */
export type CourseSectionKeys = Record<string, string[]>;

/** Finished lessons of a section; a section the file does not know has none. */
export function doneInSection(progress: Progress, sections: CourseSectionKeys, sectionId: string): number {
	return (sections[sectionId] ?? []).filter((key) => progress.lessons[key]?.status === 'done').length;
}

export function hasDoneLessons(progress: Progress): boolean {
	return Object.values(progress.lessons).some((lesson) => lesson.status === 'done');
}
