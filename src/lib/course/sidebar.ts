import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { SECTION_SIDEBAR_FROM, type SidebarMode } from '../../config/sidebar';

export type SidebarEntry = StarlightRouteData['sidebar'][number];
export type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
export type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

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
 * From this many lesson links, the per-section sidebar shows the current section as a window
 * (`sectionWindow`) instead of its whole list: a section this long is more than anyone scans in a
 * sidebar, and its full list would make every one of its pages grow with it. The largest section of
 * this site's own course is far below it, so its sidebars stay whole.
 */
export const SECTION_WINDOW_FROM = 25;

/** Pages a windowed section lists before and after the current one (more on the other side at either end). */
export const WINDOW_RADIUS = 5;

/** Where on a section's first page its full list of lessons starts (`sectionLessonList`). */
export const SECTION_LESSONS_ID = 'section-lessons';

/** Names the link to a windowed section's full list: "All N lessons in <section>". */
export type AllLessonsLabel = (lessons: number, sectionLabel: string) => string;

/**
 * The per-section sidebar: the section holding the current page keeps its list (a window of it
 * when the section is large); every other top-level group becomes one link to its first page,
 * carrying the group's badge and, when the section has lessons to count, its section id and lesson
 * count for the progress script. Page weight then stays the same however large the course or its
 * sections grow.
 */
export function sectionSidebar(
	entries: readonly SidebarEntry[],
	sectionIdOf: (label: string) => string | undefined,
	allLessonsLabel: AllLessonsLabel,
): SidebarEntry[] {
	return entries.map((entry) => {
		if (entry.type !== 'group') return entry;
		const links = flatten(entry.entries);
		if (!links[0]) return entry;
		const section = sectionIdOf(entry.label);
		const lessons = lessonLinkCount(entry);
		if (links.some((link) => link.isCurrent)) {
			return isWindowed(entry, section) ? sectionWindow(entry, section, allLessonsLabel(lessons, entry.label)) : entry;
		}
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
 * A large section around its current page: the section's first page (its overview), the pages
 * within WINDOW_RADIUS of the current one, and last a link to the full list on the first page. That
 * link carries the section id and lesson count, so the group's done/total count covers every
 * lesson of the section, listed here or not (section-links.ts counts it from the section index).
 */
export function sectionWindow(group: SidebarGroup, section: string, allLessonsLabel: string): SidebarGroup {
	const links = flatten(group.entries);
	const current = links.findIndex((link) => link.isCurrent);
	const size = 2 * WINDOW_RADIUS + 1;
	const start = Math.max(0, Math.min(current - WINDOW_RADIUS, links.length - size));
	const shown = new Set([links[0], ...links.slice(start, start + size)]);
	const allLessons: SidebarLink = {
		type: 'link',
		label: allLessonsLabel,
		href: `${links[0]!.href}#${SECTION_LESSONS_ID}`,
		isCurrent: false,
		badge: undefined,
		attrs: { 'data-section': section, 'data-lessons': String(lessonLinkCount(group)) },
	};
	return { ...group, entries: [...keepLinks(group.entries, shown), allLessons] };
}

/** The entries with only the given links, dropping nested groups left empty. */
function keepLinks(entries: readonly SidebarEntry[], shown: ReadonlySet<SidebarEntry | undefined>): SidebarEntry[] {
	return entries.flatMap((entry): SidebarEntry[] => {
		if (entry.type === 'link') return shown.has(entry) ? [entry] : [];
		const kept = keepLinks(entry.entries, shown);
		return kept.length ? [{ ...entry, entries: kept }] : [];
	});
}

/** Whether the per-section sidebar shows this section as a window rather than whole. */
function isWindowed(group: SidebarGroup, section: string | undefined): section is string {
	return section !== undefined && lessonLinkCount(group) >= SECTION_WINDOW_FROM;
}

/**
 * The section a page lists in full: on the first page of a section the per-section sidebar shows
 * as a window (the page its "All N lessons" link leads to), that section's group and every one of
 * its lesson links; on any other page nothing. Takes the sidebar before `sectionSidebar` trims it.
 */
export function sectionLessonList(
	entries: readonly SidebarEntry[],
	sectionIdOf: (label: string) => string | undefined,
): { group: SidebarGroup; lessons: SidebarLink[] } | undefined {
	for (const entry of entries) {
		if (entry.type !== 'group') continue;
		const links = flatten(entry.entries);
		if (links[0]?.isCurrent && isWindowed(entry, sectionIdOf(entry.label))) {
			return { group: entry, lessons: links.filter((link) => link.attrs['data-lesson']) };
		}
	}
	return undefined;
}

/**
 * Whether a sidebar shows any course progress: lesson links to mark, or sections shown as single
 * links to count. The Contribute pages' own sidebar has neither, so they load no progress code.
 */
export function showsProgress(entries: readonly SidebarEntry[]): boolean {
	return flatten(entries).some((link) => link.attrs['data-lesson'] !== undefined || link.attrs['data-section'] !== undefined);
}

/**
 * Whether a sidebar has links that stand for a whole section's lessons (sections shown as single
 * links, a windowed section's "All N lessons"), whose counts need the section index.
 */
export function hasSectionLinks(entries: readonly SidebarEntry[]): boolean {
	return flatten(entries).some((link) => link.attrs['data-section'] !== undefined);
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
