import type { SharedProgress } from '../../schemas/passport';
import { SHARED_PROGRESS_FORMAT, SHARED_PROGRESS_VERSION } from '../../schemas/progress-format';
import { sharedProgress as sharedProgressSchema } from '../../schemas/passport.schema.json';
import type { Progress } from '../../schemas/progress';
import { skillMastery, type QuestionForMastery } from '../assessment/mastery';
import type { Formats } from '../locale/format';
import type { Message } from '../locale/messages';
import { knownFields, validate, type JsonSchema } from '../progress/json-schema';
import { isLessonDone } from '../progress/path';
import { dueForReview } from '../progress/review-queue';
import { isChecked, labTally } from '../progress/summary';
import { MAX_NAME_LENGTH } from '../progress/export-file';
import { unpackLink } from './link-payload';

/** What a share link needs to know about the course, embedded in the page at build. */
export interface ShareOutline {
	siteId: string;
	sections: { id: string; lessons: string[]; labTasks: string[] }[];
	checklists: { id: string; items: string[] }[];
	questions: QuestionForMastery[];
	skills: string[];
}

/** The summary a share link carries: counts, levels and dates, never answers. */
export function sharedProgressOf(progress: Progress, outline: ShareOutline, now: number, name?: string): SharedProgress {
	const lessons = outline.sections.flatMap((section) => section.lessons);
	const count = (keys: readonly string[]) => ({
		done: keys.filter((key) => isLessonDone(progress, key)).length,
		total: keys.length,
	});
	const questionIds = new Set(outline.questions.map((question) => question.id));
	const lastActivity = latestTime(progress);
	const trimmed = name?.trim().slice(0, MAX_NAME_LENGTH);
	return {
		format: SHARED_PROGRESS_FORMAT,
		version: SHARED_PROGRESS_VERSION,
		siteId: outline.siteId,
		...(trimmed ? { name: trimmed } : {}),
		sharedAt: now,
		...(lastActivity === undefined ? {} : { lastActivity }),
		lessons: count(lessons),
		sections: Object.fromEntries(outline.sections.map((section) => [section.id, count(section.lessons)])),
		labTasks: (({ done, total }) => ({ done, total }))(
			labTally(
				progress,
				outline.sections.flatMap((section) => section.labTasks),
			),
		),
		checklists: Object.fromEntries(
			outline.checklists.map(({ id, items }) => [
				id,
				{
					done: items.filter((item) => isChecked(progress, item)).length,
					total: items.length,
				},
			]),
		),
		skills: Object.fromEntries(
			skillMastery(progress, outline.questions, outline.skills, now).map((result) => [result.skill, result.level]),
		),
		reviewsDue: dueForReview(progress, now, (id) => questionIds.has(id)).length,
	};
}

/** A share link read; `newerVersion` says a newer version of the site made it and only what this version knows was read. */
export type SharedResult = { ok: true; shared: SharedProgress; newerVersion?: number } | { ok: false; problem: Message };

/** Reads a share link's payload and checks it against the shared-progress schema; `f` writes the numbers in a problem. */
export function readSharedLink(payload: string, f: Formats): SharedResult {
	const unpacked = unpackLink(payload, f);
	if (!unpacked.ok) return unpacked;
	const value = unpacked.value as Record<string, unknown> | null;
	if (typeof value !== 'object' || value === null || Array.isArray(value) || value.format !== SHARED_PROGRESS_FORMAT) {
		return { ok: false, problem: { key: 'problems.shared.notShared' } };
	}
	if (typeof value.version === 'number' && value.version > SHARED_PROGRESS_VERSION) {
		// A newer version may add fields; what this version knows of them is shown if it still passes.
		const understood = { ...knownFields(sharedProgressSchema as JsonSchema, value), version: SHARED_PROGRESS_VERSION };
		const detail = validate(sharedProgressSchema as JsonSchema, understood);
		if (detail) return { ok: false, problem: { key: 'problems.shared.newer', values: { version: value.version, detail } } };
		return { ok: true, shared: understood as SharedProgress, newerVersion: value.version };
	}
	const detail = validate(sharedProgressSchema as JsonSchema, value);
	if (detail) return { ok: false, problem: { key: 'problems.shared.damaged', values: { detail } } };
	return { ok: true, shared: value as SharedProgress };
}

/** The latest moment anything in progress changed, if anything has. */
export function latestTime(progress: Progress): number | undefined {
	const times = [
		...Object.values(progress.lessons).map((lesson) => lesson.updatedAt),
		...Object.values(progress.questions).map((question) => question.lastAnsweredAt),
		...Object.values(progress.checklist).map((item) => item.updatedAt),
		...Object.values(progress.labTasks).map((task) => task.passedAt),
		...Object.values(progress.exams).map((exam) => exam.finishedAt),
		...Object.values(progress.review).flatMap((card) => (card.lastReview === undefined ? [] : [card.lastReview])),
	];
	return times.length ? Math.max(...times) : undefined;
}
