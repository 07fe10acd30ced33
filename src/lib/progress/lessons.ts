import type { LessonProgress, Progress } from '../../schemas/progress';
import { entryOf, withEntry } from './records';

/** What a lesson's own controls change: its "Mark as complete" toggle and milestone checklists. */

export function setLessonDone(progress: Progress, key: string, done: boolean, contentHash: string, now: number): Progress {
	const previous = entryOf(progress.lessons, key);
	const lesson: LessonProgress = done
		? { status: 'done', startedAt: previous?.startedAt ?? now, updatedAt: now, completedAt: now, contentHash }
		: { status: 'in-progress', startedAt: previous?.startedAt ?? now, updatedAt: now };
	return { ...progress, lessons: withEntry(progress.lessons, key, lesson) };
}

export function setChecklistItem(progress: Progress, itemId: string, done: boolean, now: number): Progress {
	return { ...progress, checklist: withEntry(progress.checklist, itemId, { done, updatedAt: now }) };
}
