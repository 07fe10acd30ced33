import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { hiddenSections, readSiteSettings } from './config/site';
import { getCourse, type Lesson } from './lib/course/course';
import { hiddenPathPrefixes, leadsToHiddenPage } from './lib/course/hidden-sections';
import { localizedHref } from './lib/locale/paths';
import quizStyles from './styles/quiz.css?inline';
import {
	audienceSidebar,
	flatten,
	lessonLinkCount,
	sectionLessonList,
	sectionSidebar,
	usesSectionSidebar,
	type SidebarEntry,
	type SidebarGroup,
	type SidebarLink,
} from './lib/course/sidebar';
import { sidebarStrings } from './config/strings/sidebar';
import { formatsFor } from './lib/locale/format';
import { pageTranslate } from './components/locale/translate';

const settings = readSiteSettings();
const hiddenPrefixes = hiddenPathPrefixes(hiddenSections(settings), settings.base);
const hasAuthorsSection = settings.sections.some((section) => section.id === 'contribute');

/**
 * Loads (and so validates) the course on every page, orders the sidebar by each lesson's `order`,
 * tags lesson links with their key so the progress script can mark them, drops hero buttons that
 * lead into a section the site switched off, and on large courses trims the sidebar to the
 * current section, a window of it when the section is large (src/lib/course/sidebar.ts).
 */
export const onRequest = defineRouteMiddleware(async (context, next) => {
	const course = await getCourse();
	const route = context.locals.starlightRoute;
	// A page in another language links the lessons at their address in that language.
	const byHref = new Map(course.lessons.map((lesson) => [localizedHref(lesson.href, settings.base, route.locale), lesson]));
	route.sidebar = arrange(route.sidebar, byHref).map((entry) => (entry.type === 'group' ? withLessonCount(entry) : entry));
	// Section names in the sidebar are in the page's language (sections.<id> in content/i18n).
	const sectionLabel = (id: string) => {
		const key = `sections.${id}` as const;
		const label = context.locals.t(key as 'sections.contribute');
		return label === key ? (settings.sections.find((section) => section.id === id)?.label ?? id) : label;
	};
	if (hasAuthorsSection) route.sidebar = audienceSidebar(route.sidebar, sectionLabel('contribute'));
	const { entry } = route;
	// Previous and next follow the whole course, so they are worked out before any trimming.
	if (entry.data.prev === undefined && entry.data.next === undefined && route.pagination) {
		const links = flatten(route.sidebar);
		const current = links.findIndex((link) => link.isCurrent);
		if (current !== -1) route.pagination = { prev: links[current - 1], next: links[current + 1] };
	}
	if (usesSectionSidebar(settings.sidebar, course.lessons.length)) {
		const sectionIdOf = (label: string) => course.sections.find((section) => sectionLabel(section.id) === label)?.id;
		const strings = sidebarStrings(pageTranslate(context.locals));
		const formats = formatsFor(route.lang);
		const allLessons = (lessons: number, label: string) => strings.allLessons(lessons, label, formats);
		// A large section's first page lists all its lessons, where its windowed sidebar's "All N lessons" leads.
		const listed = sectionLessonList(route.sidebar, sectionIdOf);
		if (listed) context.locals.sectionLessons = { heading: allLessons(listed.lessons.length, listed.group.label), lessons: listed.lessons };
		route.sidebar = sectionSidebar(route.sidebar, sectionIdOf, allLessons);
	}
	// The quiz's styles go only on pages that show one. Imported by Quiz.astro they would load on
	// every page, since every page renders through MarkdownContent, which holds the quiz.
	if (entry.data.quiz) route.head.push({ tag: 'style', content: quizStyles });
	const { hero } = entry.data;
	if (hero?.actions.some((action) => leadsToHiddenPage(action.link, context.url.pathname, hiddenPrefixes))) {
		const actions = hero.actions.filter((action) => !leadsToHiddenPage(action.link, context.url.pathname, hiddenPrefixes));
		route.entry = { ...entry, data: { ...entry.data, hero: { ...hero, actions } } };
	}
	await next();
});

/** Lesson links move into `order` among the places lesson links hold; everything else stays put. */
function arrange(entries: SidebarEntry[], byHref: ReadonlyMap<string, Lesson>): SidebarEntry[] {
	const lessonOf = (entry: SidebarEntry) => (entry.type === 'link' ? byHref.get(entry.href) : undefined);
	const sorted = entries.filter(lessonOf).sort((a, b) => lessonOf(a)!.order - lessonOf(b)!.order);
	return entries.map((entry) => {
		if (entry.type === 'group') return { ...entry, entries: arrange(entry.entries, byHref) };
		if (!lessonOf(entry)) return entry;
		const link = sorted.shift() as SidebarLink;
		return { ...link, attrs: { ...link.attrs, 'data-lesson': lessonOf(link)!.key } };
	});
}

/** A "done/total" badge per section; the progress script fills in "done", the build says 0. */
function withLessonCount(group: SidebarGroup): SidebarEntry {
	const total = lessonLinkCount(group);
	return total ? { ...group, badge: { text: `0/${total}`, variant: 'default', class: 'dp-section-count' } } : group;
}
