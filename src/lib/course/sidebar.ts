import type { StarlightRouteData } from '@astrojs/starlight/route-data';

export type SidebarEntry = StarlightRouteData['sidebar'][number];
export type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
export type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

/** How much of the course every page's sidebar lists (DEVOPS_PATH_SIDEBAR). */
export const sidebarModes = ['auto', 'full', 'section'] as const;
export type SidebarMode = (typeof sidebarModes)[number];

/**
 * From this many lessons on, `auto` gives each page only its own section's lessons. Below it the
 * whole course fits in one glance and costs little (about 280 bytes of HTML per lesson on every
 * page); above it the full list is longer than anyone scans and outweighs a lesson's own text.
 */
export const SECTION_SIDEBAR_FROM = 100;

export function usesSectionSidebar(mode: SidebarMode, lessonCount: number): boolean {
	return mode === 'section' || (mode === 'auto' && lessonCount >= SECTION_SIDEBAR_FROM);
}

export function flatten(entries: readonly SidebarEntry[]): SidebarLink[] {
	return entries.flatMap((entry) => (entry.type === 'group' ? flatten(entry.entries) : [entry]));
}

/** Number of lesson links (tagged with data-lesson) in a group. */
export function lessonLinkCount(group: SidebarGroup): number {
	return flatten(group.entries).filter((link) => link.attrs['data-lesson']).length;
}

/**
 * The per-section sidebar: the section holding the current page keeps its full list; every other
 * top-level group becomes one link to its first page, carrying the group's badge and, when the
 * section has lessons to count, its section id and lesson count for the progress script. Page
 * weight then grows with the largest section instead of the whole course.
 */
export function sectionSidebar(entries: readonly SidebarEntry[], sectionIdOf: (label: string) => string | undefined): SidebarEntry[] {
	return entries.map((entry) => {
		if (entry.type !== 'group') return entry;
		const links = flatten(entry.entries);
		if (links.some((link) => link.isCurrent) || !links[0]) return entry;
		const section = sectionIdOf(entry.label);
		const lessons = lessonLinkCount(entry);
		return {
			type: 'link',
			label: entry.label,
			href: links[0].href,
			isCurrent: false,
			badge: entry.badge,
			attrs: section && lessons ? { 'data-section': section, 'data-lessons': String(lessons) } : {},
		} satisfies SidebarLink;
	});
}

/**
 * Whether a sidebar shows any course progress: lesson links to mark, or sections shown as single
 * links to count. The Contribute pages' own sidebar has neither, so they load no progress code.
 */
export function showsProgress(entries: readonly SidebarEntry[]): boolean {
	return flatten(entries).some((link) => link.attrs['data-lesson'] !== undefined || link.attrs['data-section'] !== undefined);
}

/** Whether a sidebar has sections shown as single links, whose counts need the section index. */
export function hasSectionLinks(entries: readonly SidebarEntry[]): boolean {
	return entries.some((entry) => entry.type === 'link' && entry.attrs['data-section'] !== undefined);
}

/**
 * Learners and authors get separate sidebars: the authors' group (Contribute) is left out of every
 * other page's sidebar and is the whole sidebar on its own pages, which are reached from their own
 * entry point (a link on the home page) instead.
 */
export function audienceSidebar(entries: readonly SidebarEntry[], authorsLabel: string): SidebarEntry[] {
	const isAuthors = (entry: SidebarEntry) => entry.type === 'group' && entry.label === authorsLabel;
	const authors = entries.find(isAuthors);
	if (!authors) return [...entries];
	const onAuthorsPage = flatten([authors]).some((link) => link.isCurrent);
	return onAuthorsPage ? [authors] : entries.filter((entry) => !isAuthors(entry));
}
