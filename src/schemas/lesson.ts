import { z } from 'astro/zod';
import { LevelSchema, naming, SkillSchema, StableIdSchema, wholeNumber } from './vocabulary';

/**
 * Fields a lesson adds to Starlight's frontmatter. A docs page with a `key` is a lesson and
 * must carry the rest; pages without one (home, dashboard, guides) are plain pages.
 */
export const LessonFieldsSchema = z.object({
	key: StableIdSchema.optional().describe(
		'Makes the page a lesson. Progress is stored under it, so it survives renaming or moving the file: never change or reuse a key.',
	),
	order: wholeNumber(0, 10_000).optional().describe("Position in learning order within the section; the section's overview page is 0."),
	minutes: wholeNumber(1, 240).optional().describe('Estimated reading and quiz time in minutes. Required on a lesson.'),
	objectives: z
		.array(z.string().min(1), naming('a list of 1 to 6 objectives'))
		.min(1, naming('1 to 6 objectives'))
		.max(6, naming('1 to 6 objectives'))
		.optional()
		.describe('What the learner can do after the lesson, each starting with a verb. Required on a lesson.'),
	prerequisites: z.array(StableIdSchema, naming('a list of lesson keys')).default([]).describe('Keys of the lessons to finish first.'),
	level: LevelSchema.optional().describe('How demanding the lesson is. Required on a lesson.'),
	skills: z
		.array(SkillSchema, naming('a list of skills'))
		.min(1, naming('at least one skill'))
		.optional()
		.describe('Skills of the readiness rubric the lesson builds; the dashboard adds them up. Required on a lesson.'),
	quiz: StableIdSchema.optional().describe('Id of the question bank (content/quizzes/<id>.yaml) shown at the end of the lesson.'),
	milestone: StableIdSchema.optional().describe('Id of the checklist (content/milestones/<id>.yaml) shown in the lesson.'),
});

const requiredForLessons = ['minutes', 'objectives', 'level', 'skills'] as const;
const lessonOnly = ['order', ...requiredForLessons] as const;

/**
 * Runs even when a field has the wrong type (zod skips refinements then by default), so one
 * build names every problem of a lesson; hence `data` may hold raw values and is checked with care.
 */
export const LessonFrontmatterSchema = LessonFieldsSchema.superRefine(
	(data, ctx) => {
		if (typeof data !== 'object' || data === null) return;
		const prerequisites: unknown = data.prerequisites;
		if (data.key === undefined) {
			// Without a key a page silently stops being a lesson: no progress, no place in the path.
			const stray: string[] = lessonOnly.filter((field) => data[field] !== undefined);
			if (Array.isArray(prerequisites) && prerequisites.length) stray.push('prerequisites');
			if (stray.length) {
				ctx.addIssue({
					code: 'custom',
					path: ['key'],
					message: `is missing: the page has lesson fields (${stray.join(', ')}); add a \`key\` or remove them`,
				});
			}
			return;
		}
		for (const field of requiredForLessons) {
			if (data[field] === undefined) {
				ctx.addIssue({ code: 'custom', path: [field], message: `is required on a lesson (a page with a \`key\`)` });
			}
		}
		if (Array.isArray(prerequisites) && prerequisites.includes(data.key)) {
			ctx.addIssue({ code: 'custom', path: ['prerequisites'], message: `lists the lesson's own key "${data.key}"` });
		}
	},
	{ when: () => true },
);

/** The fields of a lesson: a page with a `key`, which LessonFrontmatterSchema holds to carry the rest. */
export const LessonSchema = LessonFieldsSchema.required({ key: true, minutes: true, objectives: true, level: true, skills: true });
