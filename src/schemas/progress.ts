import { z } from 'astro/zod';
import { EXPORT_FORMAT, PROGRESS_VERSION } from './progress-format';

/**
 * What the progress tracker stores in localStorage and writes to export files. This zod schema is
 * the single definition: the browser validates against the JSON Schema generated from it
 * (src/schemas/progress.schema.json and progress-export.schema.json, kept in sync by a unit test) so zod itself never ships to pages.
 */
export { EXPORT_FORMAT, PROGRESS_VERSION };

/** Milliseconds since 1970, as Date.now() gives. */
export const Time = z.int().min(0);
/** Lesson keys, question ids and checklist item ids as written in content. */
export const Id = z
	.string()
	.regex(/^[a-z0-9]+(?:[-:][a-z0-9]+)*$/)
	.max(200);

export const LessonProgressSchema = z.object({
	status: z.enum(['in-progress', 'done']),
	startedAt: Time,
	updatedAt: Time,
	completedAt: Time.optional(),
	/** The lesson's content hash when it was completed, to tell the learner it changed since. */
	contentHash: z.string().max(64).optional(),
	/** When the learner first opened the lesson's worked solution (practice exercises). */
	solutionViewedAt: Time.optional(),
});

export const QuestionProgressSchema = z.object({
	attempts: z.int().min(1),
	firstCorrect: z.boolean(),
	lastCorrect: z.boolean(),
	firstAnsweredAt: Time,
	lastAnsweredAt: Time,
});

export const ChecklistProgressSchema = z.object({
	done: z.boolean(),
	updatedAt: Time,
});

/**
 * A question in the review queue, as an FSRS card (ts-fsrs field meanings, times in ms). A missed
 * question enters as a new card due at once; the Review page reschedules it after each review.
 */
export const ReviewCardSchema = z.object({
	due: Time,
	stability: z.number().min(0),
	difficulty: z.number().min(0),
	scheduledDays: z.int().min(0),
	learningSteps: z.int().min(0),
	reps: z.int().min(0),
	lapses: z.int().min(0),
	/** 0 new, 1 learning, 2 review, 3 relearning. */
	state: z.int().min(0).max(3),
	lastReview: Time.optional(),
	addedAt: Time,
});

/** A lab task the learner passed; only the first pass is kept. */
export const LabTaskProgressSchema = z.object({
	passedAt: Time,
});

/** The learner opened a lab's reference solution. */
export const LabSolutionProgressSchema = z.object({
	viewedAt: Time,
});

/** One finished practice exam: its score in all and per rubric dimension (by skill id). */
export const ExamAttemptSchema = z.object({
	finishedAt: Time,
	right: z.int().min(0),
	asked: z.int().min(1),
	skills: z.record(Id, z.object({ right: z.int().min(0), asked: z.int().min(0) })),
});

export const ProgressSchema = z.object({
	version: z.literal(PROGRESS_VERSION),
	lessons: z.record(Id, LessonProgressSchema),
	questions: z.record(Id, QuestionProgressSchema),
	/** Growth-path milestone items by "<milestone>:<item>". */
	checklist: z.record(Id, ChecklistProgressSchema),
	review: z.record(Id, ReviewCardSchema),
	/** Lab tasks by "<lab>:<task>". */
	labTasks: z.record(Id, LabTaskProgressSchema),
	/** Labs whose reference solution the learner opened, by lab id. */
	labSolutions: z.record(Id, LabSolutionProgressSchema),
	/** Finished practice exams, by attempt id (the time it was finished, in ms). */
	exams: z.record(Id, ExamAttemptSchema),
	/** Whether the browser was already asked to keep this site's storage (navigator.storage.persist). */
	persistRequested: z.boolean().optional(),
	/**
	 * Counts the writes to storage. A tab that sees another tab's write with a count no higher than
	 * its own last one knows that write was built on an older copy, and applies its own changes again.
	 */
	rev: z.int().min(0).optional(),
});

/** A downloaded progress file. */
export const ProgressExportSchema = z.object({
	format: z.literal(EXPORT_FORMAT),
	siteId: z.string().max(200),
	exportedAt: Time,
	/** The name the learner gave when exporting, for a lead's team table; shown as text, never as markup. */
	name: z.string().max(80).optional(),
	progress: ProgressSchema,
});

export type Progress = z.infer<typeof ProgressSchema>;
export type LessonProgress = z.infer<typeof LessonProgressSchema>;
export type QuestionProgress = z.infer<typeof QuestionProgressSchema>;
export type ChecklistProgress = z.infer<typeof ChecklistProgressSchema>;
export type ProgressExport = z.infer<typeof ProgressExportSchema>;
export type ReviewCard = z.infer<typeof ReviewCardSchema>;
export type LabTaskProgress = z.infer<typeof LabTaskProgressSchema>;
export type LabSolutionProgress = z.infer<typeof LabSolutionProgressSchema>;
export type ExamAttempt = z.infer<typeof ExamAttemptSchema>;

/**
 * The JSON Schemas the browser validates with, generated from the zod schemas above. Keywords
 * that never reject anything here ($schema, the safe-integer ceiling) are left out to keep pages small.
 */
export function progressJsonSchemas() {
	const toJson = (schema: z.ZodType) =>
		JSON.parse(
			JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }), (key, value) =>
				key === '$schema' || (key === 'maximum' && value === Number.MAX_SAFE_INTEGER) ? undefined : value,
			),
		);
	// The envelope is checked without `progress`, which is migrated and checked on its own first.
	return { storedProgress: toJson(ProgressSchema), exportEnvelope: toJson(ProgressExportSchema.omit({ progress: true })) };
}
