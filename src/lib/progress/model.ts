import type {
	ChecklistProgress,
	LabSolutionProgress,
	LabTaskProgress,
	LessonProgress,
	Progress,
	QuestionProgress,
	ReviewCard,
} from '../../schemas/progress';
import { PROGRESS_VERSION } from '../../schemas/progress-format';
import { entryOf, idRecord, withEntry, type IdRecord } from './records';

/**
 * Pure operations on progress. Each returns a new object and never mutates its input. What a
 * lesson's controls and a lab change is in lessons.ts and labs.ts: every page loads this module
 * with the store, and only pages with those controls load theirs.
 */

export function emptyProgress(): Progress {
	return {
		version: PROGRESS_VERSION,
		lessons: idRecord(),
		questions: idRecord(),
		checklist: idRecord(),
		review: idRecord(),
		labTasks: idRecord(),
		labSolutions: idRecord(),
		exams: idRecord(),
	};
}

/** Opening a lesson starts it; a finished lesson stays finished. */
export function startLesson(progress: Progress, key: string, now: number): Progress {
	if (entryOf(progress.lessons, key)) return progress;
	return {
		...progress,
		lessons: withEntry<LessonProgress>(progress.lessons, key, { status: 'in-progress', startedAt: now, updatedAt: now }),
	};
}

/**
 * Combines two histories of the same learner (another tab, an imported file). Per entry the most
 * recent change wins; question histories combine so no attempt is lost and the first try stays first.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
	return {
		version: PROGRESS_VERSION,
		lessons: mergeRecords(a.lessons, b.lessons, mergeLesson),
		questions: mergeRecords(a.questions, b.questions, mergeQuestion),
		checklist: mergeRecords(a.checklist, b.checklist, (x: ChecklistProgress, y: ChecklistProgress) => (y.updatedAt > x.updatedAt ? y : x)),
		// The card reviewed most recently (or, never reviewed, the one added first) carries the schedule.
		review: mergeRecords(a.review, b.review, (x: ReviewCard, y: ReviewCard) =>
			(y.lastReview ?? -y.addedAt) > (x.lastReview ?? -x.addedAt) ? y : x,
		),
		// The first pass and the first look are what count, so the earlier one wins.
		labTasks: mergeRecords(a.labTasks, b.labTasks, (x: LabTaskProgress, y: LabTaskProgress) => (y.passedAt < x.passedAt ? y : x)),
		labSolutions: mergeRecords(a.labSolutions, b.labSolutions, (x: LabSolutionProgress, y: LabSolutionProgress) =>
			y.viewedAt < x.viewedAt ? y : x,
		),
		// An attempt never changes once finished: the same id is the same attempt.
		exams: mergeRecords(a.exams, b.exams, (x) => x),
		...(a.persistRequested || b.persistRequested ? { persistRequested: true } : {}),
		...(a.rev !== undefined || b.rev !== undefined ? { rev: Math.max(a.rev ?? 0, b.rev ?? 0) } : {}),
	};
}

/** The most recent change wins, and a worked solution once opened stays opened, at its first time. */
function mergeLesson(x: LessonProgress, y: LessonProgress): LessonProgress {
	const newer = y.updatedAt > x.updatedAt ? y : x;
	const viewed = [x.solutionViewedAt, y.solutionViewedAt].filter((time) => time !== undefined);
	return viewed.length ? { ...newer, solutionViewedAt: Math.min(...viewed) } : newer;
}

function mergeQuestion(x: QuestionProgress, y: QuestionProgress): QuestionProgress {
	const first = y.firstAnsweredAt < x.firstAnsweredAt ? y : x;
	const last = y.lastAnsweredAt > x.lastAnsweredAt ? y : x;
	return {
		// The same history seen twice must not double its attempts, so the larger count stands.
		attempts: Math.max(x.attempts, y.attempts),
		firstCorrect: first.firstCorrect,
		firstAnsweredAt: first.firstAnsweredAt,
		lastCorrect: last.lastCorrect,
		lastAnsweredAt: last.lastAnsweredAt,
	};
}

function mergeRecords<T>(a: IdRecord<T>, b: IdRecord<T>, pick: (x: T, y: T) => T): IdRecord<T> {
	const merged = idRecord(a);
	for (const [id, value] of Object.entries(b)) {
		const existing = entryOf(merged, id);
		merged[id] = existing === undefined ? value : pick(existing, value);
	}
	return merged;
}
