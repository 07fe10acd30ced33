import type { LessonProgress, Progress } from '../../schemas/progress';
import { startLesson } from './model';
import { entryOf, withEntry } from './records';

/** What a lesson's own controls change: its "Mark as complete" toggle, milestone checklists, a worked solution opened. */

export function setLessonDone(progress: Progress, key: string, done: boolean, contentHash: string, now: number): Progress {
	const previous = entryOf(progress.lessons, key);
	const viewed = previous?.solutionViewedAt === undefined ? {} : { solutionViewedAt: previous.solutionViewedAt };
	const lesson: LessonProgress = done
		? { status: 'done', startedAt: previous?.startedAt ?? now, updatedAt: now, completedAt: now, contentHash, ...viewed }
		: { status: 'in-progress', startedAt: previous?.startedAt ?? now, updatedAt: now, ...viewed };
	return { ...progress, lessons: withEntry(progress.lessons, key, lesson) };
}

/** The learner opened the lesson's worked solution: the first time is kept, and the lesson counts as started. */
export function viewWorkedSolution(progress: Progress, key: string, now: number): Progress {
	const started = startLesson(progress, key, now);
	const lesson = entryOf(started.lessons, key)!;
	if (lesson.solutionViewedAt !== undefined) return started;
	return { ...started, lessons: withEntry<LessonProgress>(started.lessons, key, { ...lesson, solutionViewedAt: now }) };
}

/** A checklist item's id in progress: "<milestone>:<item>". */
export const checklistItemKey = (milestone: string, item: string) => `${milestone}:${item}`;

export function setChecklistItem(progress: Progress, itemId: string, done: boolean, now: number): Progress {
	return { ...progress, checklist: withEntry(progress.checklist, itemId, { done, updatedAt: now }) };
}
