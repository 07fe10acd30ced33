import { sectionLinkStrings } from '../../config/strings/section-links';
import type { Progress } from '../../schemas/progress';
import { doneInSection, hasDoneLessons, type CourseSectionKeys } from '../../lib/progress/section-counts';
import { pageStrings } from '../locale/page-strings';
import { store } from './page-store';

// SectionLinks.astro puts these strings in the page.
const s = sectionLinkStrings(pageStrings());

/** Lesson keys by section, from /course-sections.json: undefined until fetched, null if that failed. */
let sectionKeys: CourseSectionKeys | null | undefined;
let fetching = false;

/**
 * Loaded by SectionLinks.astro, only on pages whose sidebar shows other sections as single links
 * or a large section as a window. Such sections list none or only some of their lessons in the
 * page, so their counts come from the course's section index. Nobody with no finished lesson needs
 * to fetch it.
 */
function render(progress: Progress) {
	const links = document.querySelectorAll<HTMLElement>('.sidebar-content a[data-section]');
	const anyDone = hasDoneLessons(progress);
	if (anyDone && sectionKeys === undefined) {
		if (!fetching) {
			fetching = true;
			fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}course-sections.json`)
				.then((response) => (response.ok ? (response.json() as Promise<CourseSectionKeys>) : null))
				.catch(() => null)
				.then((keys) => {
					sectionKeys = keys;
					render(store.progress);
				});
		}
		return;
	}
	for (const link of links) {
		// A section shown as one link carries its count; a windowed section's "All N lessons" link stands for its group's.
		const badge = link.querySelector('.dp-section-count') ?? link.closest('details')?.querySelector(':scope > summary .dp-section-count');
		if (!badge) continue;
		const done = !anyDone ? '0' : sectionKeys ? String(doneInSection(progress, sectionKeys, link.dataset.section!)) : s.countUnknown;
		badge.textContent = `${done}/${link.dataset.lessons}`;
	}
}

store.subscribe(render);
render(store.progress);
