import type { Progress } from '../../schemas/progress';
import { withoutEntries } from './records';

/** Forgets the given lessons, questions and checklist items (resetting a section). */
export function forget(progress: Progress, ids: { lessons?: string[]; questions?: string[]; checklist?: string[] }): Progress {
	return {
		...progress,
		lessons: withoutEntries(progress.lessons, ids.lessons ?? []),
		questions: withoutEntries(progress.questions, ids.questions ?? []),
		checklist: withoutEntries(progress.checklist, ids.checklist ?? []),
		review: withoutEntries(progress.review, ids.questions ?? []),
	};
}
