/**
 * Stored progress of a learner far into a large course, built from the dashboard's own outline:
 * every lesson finished (a few since updated), every question answered, and the questions first
 * missed in the review queue.
 */
import { EXPORT_FORMAT, PROGRESS_VERSION } from '../../src/schemas/progress-format.ts';

/** The parts of the dashboard's embedded course outline this module reads. */
export interface OutlineLessons {
	sections: { lessons: { key: string; contentHash: string; questions: string[] }[] }[];
}

interface ProgressOptions {
	/** Which share of lessons and questions to include, from the start (1: all). */
	share?: number;
	/** A later start time gives a second history of the same learner, to merge with the first. */
	startAt?: number;
}

/** Where the site stores progress: progressStorageKey(site id, base) with the default id and base "/". */
export const STORAGE_KEY = 'devops-path:devops-path:/:progress';

const DAY = 86_400_000;

export function learnerProgress(outline: OutlineLessons, { share = 1, startAt = Date.UTC(2026, 0, 5) }: ProgressOptions = {}) {
	const lessons = outline.sections.flatMap((section) => section.lessons);
	const taken = lessons.slice(0, Math.ceil(lessons.length * share));
	const lessonProgress: Record<string, unknown> = {};
	const questions: Record<string, unknown> = {};
	const review: Record<string, unknown> = {};
	taken.forEach((lesson, i) => {
		const at = startAt + i * (DAY / 4);
		lessonProgress[lesson.key] = {
			status: 'done',
			startedAt: at,
			updatedAt: at + 600_000,
			completedAt: at + 600_000,
			// One lesson in fifty changed after the learner finished it.
			contentHash: i % 50 === 7 ? 'changed00000' : lesson.contentHash,
		};
		lesson.questions.forEach((id, q) => {
			const firstCorrect = (i + q) % 4 !== 0;
			questions[id] = {
				attempts: firstCorrect ? 1 : 2,
				firstCorrect,
				lastCorrect: true,
				firstAnsweredAt: at + 60_000 * (q + 1),
				lastAnsweredAt: at + 60_000 * (q + 2),
			};
			if (!firstCorrect) {
				const reviewed = at + DAY;
				review[id] = { due: reviewed + 3 * DAY, stability: 3.2, difficulty: 5.1, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: reviewed, addedAt: at + 60_000 * (q + 1) };
			}
		});
	});
	return { version: PROGRESS_VERSION, lessons: lessonProgress, questions, checklist: {}, review, labTasks: {}, labSolutions: {}, exams: {}, persistRequested: true };
}

export function progressExport(progress: ReturnType<typeof learnerProgress>, siteId: string) {
	return { format: EXPORT_FORMAT, siteId, exportedAt: Date.UTC(2026, 5, 1), progress };
}

/** Reads the outline the dashboard page embeds (script[data-outline]). */
export function outlineFromDashboard(html: string): OutlineLessons {
	const match = /<script type="application\/json" data-outline[^>]*>([\s\S]*?)<\/script>/.exec(html);
	if (!match) throw new Error('the dashboard page has no <script type="application/json" data-outline> with the course outline');
	return JSON.parse(match[1]!);
}
