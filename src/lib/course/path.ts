import type { SectionConfig } from '../../config/sections';

/** Where a lesson sits: its section's id, its `order` inside the section, its page id. */
export interface PathPlace {
	section: string;
	order?: number;
	id: string;
}

/**
 * The course order every path through the site follows (sidebar, Next links, the dashboard's
 * next lesson, the course map): section order, then each lesson's `order`, then page id.
 */
export function sortByPath<T extends PathPlace>(lessons: readonly T[], sections: readonly Pick<SectionConfig, 'id'>[]): T[] {
	const sectionIndex = new Map(sections.map((section, index) => [section.id, index]));
	const place = (lesson: T) => sectionIndex.get(lesson.section) ?? Number.MAX_SAFE_INTEGER;
	const order = (lesson: T) => lesson.order ?? Number.MAX_SAFE_INTEGER;
	return [...lessons].sort((a, b) => place(a) - place(b) || order(a) - order(b) || a.id.localeCompare(b.id));
}
