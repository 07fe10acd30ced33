import { describe, expect, it } from 'vitest';
import { SECTION_SIDEBAR_FROM } from '../../src/config/sidebar';
import { doneInSection, hasDoneLessons } from '../../src/lib/progress/section-counts';
import { setLessonDone } from '../../src/lib/progress/lessons';
import { emptyProgress, startLesson } from '../../src/lib/progress/model';
import {
	audienceSidebar,
	flatten,
	hasSectionLinks,
	SECTION_LESSONS_ID,
	SECTION_WINDOW_FROM,
	sectionLessonList,
	sectionSidebar,
	showsProgress,
	usesSectionSidebar,
	WINDOW_RADIUS,
	type SidebarEntry,
	type SidebarGroup,
} from '../../src/lib/course/sidebar';

const link = (href: string, lesson?: string, isCurrent = false): SidebarEntry => ({
	type: 'link',
	label: href,
	href,
	isCurrent,
	badge: undefined,
	attrs: lesson ? { 'data-lesson': lesson } : {},
});
const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({
	type: 'group',
	label,
	entries,
	collapsed: false,
	badge: { text: `0/${entries.length}`, variant: 'default', class: 'dp-section-count' },
});
const sections: Record<string, string> = { Basics: 'basics', Advanced: 'advanced' };
const allLessons = (lessons: number, section: string) => `All ${lessons} lessons in ${section}`;

describe('per-section sidebar', () => {
	const sidebar = [
		group('Basics', [link('/basics/', 'basics-overview'), link('/basics/one/', 'basics-one', true)]),
		group('Advanced', [
			link('/advanced/', 'advanced-overview'),
			link('/advanced/two/', 'advanced-two'),
			link('/advanced/three/', 'advanced-three'),
		]),
		link('/progress/'),
	];

	it('keeps the current section whole and turns every other section into a link to its first page', () => {
		const trimmed = sectionSidebar(sidebar, (label) => sections[label], allLessons);
		expect(trimmed[0]).toBe(sidebar[0]);
		expect(trimmed[1]).toEqual({
			type: 'link',
			label: 'Advanced',
			href: '/advanced/',
			isCurrent: false,
			badge: { text: '0/3', variant: 'default', class: 'dp-section-count' },
			attrs: { 'data-section': 'advanced', 'data-lessons': '3' },
		});
		expect(trimmed[2]).toBe(sidebar[2]);
	});

	it('turns every section into a link on a page outside the sections', () => {
		const outside = sidebar.map((entry) =>
			entry.type === 'group'
				? { ...entry, entries: entry.entries.map((e) => ({ ...e, isCurrent: false })) }
				: { ...entry, isCurrent: true },
		);
		expect(sectionSidebar(outside, (label) => sections[label], allLessons).map((entry) => entry.type)).toEqual(['link', 'link', 'link']);
	});

	it('tags only sections with lessons to count, and says when a sidebar has such links', () => {
		const withTools = [...sidebar, group('Tools', [{ ...link('/tools/'), label: 'Dashboard' }])];
		const trimmed = sectionSidebar(withTools, (label) => ({ ...sections, Tools: 'tools' })[label], allLessons);
		expect(trimmed[3]).toMatchObject({ type: 'link', href: '/tools/', attrs: {} });
		expect(hasSectionLinks(trimmed)).toBe(true);
		expect(hasSectionLinks(sidebar)).toBe(false);
		expect(hasSectionLinks([trimmed[0]!, trimmed[3]!])).toBe(false);
	});

	it('shows progress where lessons or counted sections are listed, not in a sidebar of plain pages', () => {
		const trimmed = sectionSidebar(sidebar, (label) => sections[label], allLessons);
		expect(showsProgress(sidebar)).toBe(true);
		expect(showsProgress(trimmed.filter((entry) => entry.type === 'link'))).toBe(true);
		expect(showsProgress([group('Contribute', [link('/contribute/'), link('/contribute/labs/')])])).toBe(false);
	});

	it('is used from the threshold on in auto mode, always in section mode, never in full mode', () => {
		expect(usesSectionSidebar('auto', SECTION_SIDEBAR_FROM - 1)).toBe(false);
		expect(usesSectionSidebar('auto', SECTION_SIDEBAR_FROM)).toBe(true);
		expect(usesSectionSidebar('section', 3)).toBe(true);
		expect(usesSectionSidebar('full', 5000)).toBe(false);
	});
});

describe('a large section as a window', () => {
	/** A section of `size` lessons, its overview first, with the lesson at `current` the page shown. */
	const large = (size: number, current: number): SidebarGroup => {
		const entries = Array.from({ length: size }, (_, i) =>
			i === 0 ? link('/large/', 'large-overview', current === 0) : link(`/large/l-${i}/`, `large-${i}`, i === current),
		);
		return group('Large', entries) as SidebarGroup;
	};
	const ids: Record<string, string> = { Large: 'large', Basics: 'basics' };
	const other = group('Basics', [link('/basics/', 'basics-overview'), link('/basics/one/', 'basics-one')]);
	const windowOf = (section: SidebarGroup) => {
		const trimmed = sectionSidebar([section, other], (label) => ids[label], allLessons)[0]!;
		if (trimmed.type !== 'group') throw new Error('the current section stays a group');
		return trimmed;
	};
	const hrefs = (section: SidebarGroup) => flatten(section.entries).map((entry) => entry.href);
	const lessonHrefs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `/large/l-${from + i}/`);
	const size = 55;
	const allLink = `/large/#${SECTION_LESSONS_ID}`;

	it('lists the overview, the pages around the current one and a link to the full list', () => {
		const section = windowOf(large(size, 30));
		expect(hrefs(section)).toEqual(['/large/', ...lessonHrefs(30 - WINDOW_RADIUS, 30 + WINDOW_RADIUS), allLink]);
		expect(
			flatten(section.entries)
				.filter((entry) => entry.isCurrent)
				.map((entry) => entry.href),
		).toEqual(['/large/l-30/']);
		expect(section.label).toBe('Large');
		expect(section.badge).toEqual({ text: `0/${size}`, variant: 'default', class: 'dp-section-count' });
	});

	it('shows as many pages at either end of the section, without listing the overview twice', () => {
		const span = 2 * WINDOW_RADIUS;
		expect(hrefs(windowOf(large(size, 0)))).toEqual(['/large/', ...lessonHrefs(1, span), allLink]);
		expect(hrefs(windowOf(large(size, 2)))).toEqual(['/large/', ...lessonHrefs(1, span), allLink]);
		expect(hrefs(windowOf(large(size, size - 1)))).toEqual(['/large/', ...lessonHrefs(size - 1 - span, size - 1), allLink]);
		expect(hrefs(windowOf(large(size, size - 3)))).toEqual(['/large/', ...lessonHrefs(size - 1 - span, size - 1), allLink]);
	});

	it('counts every lesson of the section on its last link, the one to the full list', () => {
		const all = flatten(windowOf(large(size, 30)).entries).at(-1)!;
		expect(all).toEqual({
			type: 'link',
			label: `All ${size} lessons in Large`,
			href: allLink,
			isCurrent: false,
			badge: undefined,
			attrs: { 'data-section': 'large', 'data-lessons': String(size) },
		});
		// Pages that are not lessons are listed in the window but not counted.
		const withGuide = large(size, 30);
		withGuide.entries.splice(31, 0, link('/large/cheat-sheet/'));
		expect(flatten(windowOf(withGuide).entries).at(-1)!.attrs['data-lessons']).toBe(String(size));
		expect(hrefs(windowOf(withGuide))).toContain('/large/cheat-sheet/');
	});

	it('starts at the threshold: a section one lesson short stays whole', () => {
		const short = large(SECTION_WINDOW_FROM - 1, 3);
		expect(windowOf(short)).toBe(short);
		const atThreshold = windowOf(large(SECTION_WINDOW_FROM, 3));
		expect(flatten(atThreshold.entries)).toHaveLength(2 * WINDOW_RADIUS + 2);
		expect(flatten(atThreshold.entries).at(-1)!.attrs['data-lessons']).toBe(String(SECTION_WINDOW_FROM));
	});

	it('keeps nested groups that still hold a shown page and drops the rest', () => {
		const chapter = (name: string, from: number, to: number) =>
			group(
				name,
				Array.from({ length: to - from + 1 }, (_, i) => link(`/large/l-${from + i}/`, `large-${from + i}`, from + i === 40)),
			);
		const chapters = [chapter('One', 1, 20), chapter('Two', 21, 35), chapter('Three', 36, 54)];
		const nested = group('Large', [link('/large/', 'large-overview'), ...chapters]);
		const section = windowOf(nested as SidebarGroup);
		expect(section.entries.map((entry) => entry.label)).toEqual(['/large/', 'Two', 'Three', `All ${size} lessons in Large`]);
		expect(hrefs(section)).toEqual(['/large/', ...lessonHrefs(35, 45), allLink]);
	});

	it('leaves a section it cannot name whole, since nothing would count it', () => {
		const unnamed = large(size, 30);
		expect(sectionSidebar([unnamed], () => undefined, allLessons)[0]).toBe(unnamed);
	});

	it('has the page load the section index, whose keys count the lessons outside the window', () => {
		const windowed = sectionSidebar([large(size, 30)], (label) => ids[label], allLessons);
		expect(hasSectionLinks(windowed)).toBe(true);
		expect(showsProgress(windowed)).toBe(true);
		const keys = { large: flatten(large(size, 30).entries).map((entry) => entry.attrs['data-lesson']!) };
		let progress = emptyProgress();
		for (const i of [1, 2, 50, 54]) progress = setLessonDone(progress, `large-${i}`, true, 'h', i);
		// Lessons 1, 2, 50 and 54 are outside the window around lesson 30, and still count.
		expect(doneInSection(progress, keys, 'large')).toBe(4);
	});

	it('lists every lesson of the section on its first page, and on no other page', () => {
		const onOverview = sectionLessonList([large(size, 0), other], (label) => ids[label]);
		expect(onOverview?.group.label).toBe('Large');
		expect(onOverview?.lessons.map((entry) => entry.href)).toEqual(['/large/', ...lessonHrefs(1, size - 1)]);
		expect(onOverview?.lessons[0]?.isCurrent).toBe(true);
		expect(sectionLessonList([large(size, 30), other], (label) => ids[label])).toBeUndefined();
		expect(sectionLessonList([large(SECTION_WINDOW_FROM - 1, 0), other], (label) => ids[label])).toBeUndefined();
		expect(sectionLessonList([large(size, 0)], () => undefined)).toBeUndefined();
	});
});

describe('counts of sections shown as links', () => {
	const keys = { basics: ['basics-overview', 'basics-one'], advanced: ['advanced-two'] };

	it('counts finished lessons of a section only', () => {
		let progress = setLessonDone(emptyProgress(), 'basics-one', true, 'h', 1);
		progress = setLessonDone(progress, 'advanced-two', true, 'h', 2);
		progress = startLesson(progress, 'basics-overview', 3);
		expect(doneInSection(progress, keys, 'basics')).toBe(1);
		expect(doneInSection(progress, keys, 'advanced')).toBe(1);
		expect(doneInSection(progress, keys, 'gone')).toBe(0);
	});

	it('knows when no lesson is finished, so nothing needs fetching', () => {
		expect(hasDoneLessons(startLesson(emptyProgress(), 'basics-one', 1))).toBe(false);
		expect(hasDoneLessons(setLessonDone(emptyProgress(), 'basics-one', true, 'h', 1))).toBe(true);
	});
});

describe('separate sidebars for learners and authors', () => {
	const learners = group('Basics', [link('/basics/a/', 'a'), link('/basics/b/', 'b')]);
	const authors = (current = false) => group('Contribute', [link('/contribute/', undefined, current), link('/contribute/lessons/')]);
	const labels = (entries: SidebarEntry[]) => entries.map((entry) => entry.label);

	it('leaves the authors’ group out of a learner’s page', () => {
		expect(labels(audienceSidebar([learners, link('/guide/'), authors()], 'Contribute'))).toEqual(['Basics', '/guide/']);
	});

	it('shows only the authors’ group on an author’s page', () => {
		expect(labels(audienceSidebar([learners, authors(true)], 'Contribute'))).toEqual(['Contribute']);
	});

	it('changes nothing when the site has no authors’ group', () => {
		expect(labels(audienceSidebar([learners], 'Contribute'))).toEqual(['Basics']);
	});
});
