import type { Progress } from '../../schemas/progress';

/** A lesson as the path needs it: its key, what it builds on, how long it takes. */
export interface PathLesson {
	key: string;
	prerequisites: readonly string[];
	minutes?: number;
}

export const isLessonDone = (progress: Progress, key: string) => progress.lessons[key]?.status === 'done';

/**
 * The lesson to take next: the first on the path that is not done and whose prerequisites are.
 * The build keeps every prerequisite earlier on the path, so this is the first lesson not done
 * unless a learner skipped ahead.
 */
export function nextOnPath<T extends PathLesson>(lessons: readonly T[], progress: Progress): T | undefined {
	const done = (key: string) => isLessonDone(progress, key);
	return lessons.find((lesson) => !done(lesson.key) && lesson.prerequisites.every(done));
}

/** Lessons done and study time left on the path, in minutes. */
export function pathStanding(lessons: readonly PathLesson[], progress: Progress) {
	const left = lessons.filter((lesson) => !isLessonDone(progress, lesson.key));
	return {
		done: lessons.length - left.length,
		total: lessons.length,
		minutesLeft: left.reduce((sum, lesson) => sum + (lesson.minutes ?? 0), 0),
	};
}

export type LessonState = 'not-started' | 'in-progress' | 'done' | 'updated';

/** Where a learner stands on one lesson; "updated" is done, but the text has changed since. */
export function lessonState(lesson: Progress['lessons'][string] | undefined, contentHash: string | undefined): LessonState {
	if (!lesson) return 'not-started';
	if (lesson.status === 'in-progress') return 'in-progress';
	return contentHash && lesson.contentHash && lesson.contentHash !== contentHash ? 'updated' : 'done';
}
