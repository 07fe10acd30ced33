import { z } from 'astro/zod';
import { StableIdSchema } from './vocabulary';

/** A growth-path checklist: content/milestones/<id>.yaml. Item ids are stored in progress. */
export const MilestoneSchema = z
	.object({
		title: z.string().min(1).describe('Heading of the checklist.'),
		items: z
			.array(
				z.object({
					id: StableIdSchema.describe('Unique within the checklist. Ticks are stored under it: never change or reuse an id.'),
					text: z.string().min(1).describe('What to have done.'),
				}),
			)
			.min(1)
			.describe('The things to have done, in order.'),
	})
	.superRefine((milestone, ctx) => {
		const seen = new Set<string>();
		milestone.items.forEach((item, index) => {
			if (seen.has(item.id)) {
				ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate item id "${item.id}"` });
			}
			seen.add(item.id);
		});
	});
export type Milestone = z.infer<typeof MilestoneSchema>;
