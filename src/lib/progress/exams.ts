import type { ExamAttempt, Progress } from '../../schemas/progress';
import { withEntry } from './records';

/** Keeps a finished practice exam; its id is the time it was finished, so two attempts never share one. */
export function recordExamAttempt(progress: Progress, attempt: ExamAttempt): Progress {
	return { ...progress, exams: withEntry(progress.exams, String(attempt.finishedAt), attempt) };
}

/** Finished practice exams, newest first. */
export function examAttempts(progress: Progress): ExamAttempt[] {
	return Object.values(progress.exams).sort((a, b) => b.finishedAt - a.finishedAt);
}
