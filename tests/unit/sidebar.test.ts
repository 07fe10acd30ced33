import { describe, expect, it } from 'vitest';
import { doneInSection, hasDoneLessons } from '../../src/lib/progress/section-counts';
import { setLessonDone } from '../../src/lib/progress/lessons';
import { emptyProgress, startLesson } from '../../src/lib/progress/model';
import { audienceSidebar, hasSectionLinks, SECTION_SIDEBAR_FROM, sectionSidebar, showsProgress, usesSectionSidebar, type SidebarEntry } from '../../src/lib/course/sidebar';

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

describe('per-section sidebar', () => {
	const sidebar = [
		group('Basics', [link('/basics/', 'basics-overview'), link('/basics/one/', 'basics-one', true)]),
		group('Advanced', [link('/advanced/', 'advanced-overview'), link('/advanced/two/', 'advanced-two'), link('/advanced/three/', 'advanced-three')]),
		link('/progress/'),
	];

	it('keeps the current section whole and turns every other section into a link to its first page', () => {
		const trimmed = sectionSidebar(sidebar, (label) => sections[label]);
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
			entry.type === 'group' ? { ...entry, entries: entry.entries.map((e) => ({ ...e, isCurrent: false })) } : { ...entry, isCurrent: true },
		);
		expect(sectionSidebar(outside, (label) => sections[label]).map((entry) => entry.type)).toEqual(['link', 'link', 'link']);
	});

	it('tags only sections with lessons to count, and says when a sidebar has such links', () => {
		const withTools = [...sidebar, group('Tools', [{ ...link('/tools/'), label: 'Dashboard' }])];
		const trimmed = sectionSidebar(withTools, (label) => ({ ...sections, Tools: 'tools' })[label]);
		expect(trimmed[3]).toMatchObject({ type: 'link', href: '/tools/', attrs: {} });
		expect(hasSectionLinks(trimmed)).toBe(true);
		expect(hasSectionLinks(sidebar)).toBe(false);
		expect(hasSectionLinks([trimmed[0]!, trimmed[3]!])).toBe(false);
	});

	it('shows progress where lessons or counted sections are listed, not in a sidebar of plain pages', () => {
		const trimmed = sectionSidebar(sidebar, (label) => sections[label]);
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
