import { z } from 'astro/zod';
import { Id, Time } from './progress';
import { masteryLevels } from './mastery-levels';
import { SHARED_PROGRESS_FORMAT, SHARED_PROGRESS_VERSION } from './progress-format';

/**
 * A summary of a learner's progress that travels in a link (the URL fragment, so it never reaches
 * a server) and fills the read-only "Shared progress" page and a lead's team table. It holds
 * counts, levels and dates, never answers. Like stored progress, the browser checks it against
 * the JSON Schema generated from this one (src/schemas/passport.schema.json, kept in sync by a
 * unit test), so zod never ships to pages.
 */
export { SHARED_PROGRESS_FORMAT, SHARED_PROGRESS_VERSION };

const Count = z.object({ done: z.int().min(0), total: z.int().min(0) });

export const SharedProgressSchema = z.object({
	format: z.literal(SHARED_PROGRESS_FORMAT),
	version: z.literal(SHARED_PROGRESS_VERSION),
	siteId: z.string().max(200),
	/** The name the learner typed when sharing; shown as text, never as markup. */
	name: z.string().max(80).optional(),
	sharedAt: Time,
	/** The latest time anything in the progress changed. */
	lastActivity: Time.optional(),
	lessons: Count,
	/** Lessons completed per section, by section id. */
	sections: z.record(Id, Count),
	/** Lab tasks passed over the course's lab tasks. */
	labTasks: Count,
	/** Items ticked per milestone or capstone checklist, by checklist id. */
	checklists: z.record(Id, Count),
	/** Mastery level per rubric skill, by skill id. */
	skills: z.record(Id, z.enum(masteryLevels)),
	/** Review questions due when the link was made. */
	reviewsDue: z.int().min(0),
});

export type SharedProgress = z.infer<typeof SharedProgressSchema>;

/** The JSON Schema the browser validates shared progress with (see progressJsonSchemas). */
export function passportJsonSchemas() {
	const json = z.toJSONSchema(SharedProgressSchema, {
		io: 'input',
		target: 'draft-2020-12',
	});
	return {
		sharedProgress: JSON.parse(
			JSON.stringify(json, (key, value) =>
				key === '$schema' || (key === 'maximum' && value === Number.MAX_SAFE_INTEGER) ? undefined : value,
			),
		),
	};
}
