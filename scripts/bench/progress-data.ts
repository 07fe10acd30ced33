/**
 * Stored progress of a learner far into a large course, built from the course outline the progress
 * pages share: every lesson finished (a few since updated), every question answered, and the
 * questions first missed in the review queue. This module builds the progress model; what is
 * stored or exported is made from it by the site's own code (encodeProgress, exportFile).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFile, exportText } from '../../src/lib/progress/export-file.ts';
import type { CourseOutline } from '../../src/lib/progress/summary.ts';
import type { Progress } from '../../src/schemas/progress.ts';
import { PROGRESS_VERSION } from '../../src/schemas/progress-format.ts';

/** The parts of the course outline this module reads. */
export interface OutlineLessons {
	sections: { lessons: Pick<CourseOutline['sections'][number]['lessons'][number], 'key' | 'contentHash' | 'questions'>[] }[];
}

interface ProgressOptions {
	/** Which share of lessons and questions to include, from the start (1: all). */
	share?: number;
	/** A later start time gives a second history of the same learner, to merge with the first. */
	startAt?: number;
}

/** Where the site stores progress: progressStorageKey(site id, base) with the default id and base "/". */
export const STORAGE_KEY = 'devops-path:devops-path:/:progress';

/** The course outline file, from the root of a built site (English; another language has its own under /<locale>/). */
export const COURSE_OUTLINE_FILE = 'course-outline.json';

const DAY = 86_400_000;

export function learnerProgress(outline: OutlineLessons, { share = 1, startAt = Date.UTC(2026, 0, 5) }: ProgressOptions = {}): Progress {
	const lessons = outline.sections.flatMap((section) => section.lessons);
	const taken = lessons.slice(0, Math.ceil(lessons.length * share));
	const lessonProgress: Progress['lessons'] = {};
	const questions: Progress['questions'] = {};
	const review: Progress['review'] = {};
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
				review[id] = {
					due: reviewed + 3 * DAY,
					stability: 3.2,
					difficulty: 5.1,
					scheduledDays: 3,
					learningSteps: 0,
					reps: 1,
					lapses: 0,
					state: 2,
					lastReview: reviewed,
					addedAt: at + 60_000 * (q + 1),
				};
			}
		});
	});
	return {
		version: PROGRESS_VERSION,
		lessons: lessonProgress,
		questions,
		checklist: {},
		review,
		labTasks: {},
		labSolutions: {},
		exams: {},
		persistRequested: true,
	};
}

/** The text of the file a learner's Export button downloads (exportText, as components/progress/downloads.ts writes it). */
export function progressExportText(progress: Progress, siteId: string): string {
	return exportText(exportFile(progress, siteId, Date.UTC(2026, 5, 1)));
}

/** Reads the course outline a built site shares with its progress pages (`<dist>/course-outline.json`). */
export function readCourseOutline(dist: string): CourseOutline {
	const path = join(dist, COURSE_OUTLINE_FILE);
	if (!existsSync(path)) {
		throw new Error(`${path} is missing: the progress pages read the course outline from it, so the build should have written it`);
	}
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as CourseOutline;
	} catch (error) {
		throw new Error(`${path} is not JSON: ${(error as Error).message}`);
	}
}
