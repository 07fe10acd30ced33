import type { Progress } from '../../schemas/progress';

/** Forgets the given lessons, questions and checklist items (resetting a section). */
export function forget(progress: Progress, ids: { lessons?: string[]; questions?: string[]; checklist?: string[] }): Progress {
	const without = <T>(record: Record<string, T>, drop: string[] = []) =>
		Object.fromEntries(Object.entries(record).filter(([id]) => !drop.includes(id)));
	return {
		...progress,
		lessons: without(progress.lessons, ids.lessons),
		questions: without(progress.questions, ids.questions),
		checklist: without(progress.checklist, ids.checklist),
		review: without(progress.review, ids.questions),
	};
}
