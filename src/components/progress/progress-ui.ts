import type { Progress } from '../../schemas/progress';
import { store } from './page-store';

// Sidebar.astro writes the page language's words for a lesson's mark.
const marks = document.querySelector<HTMLElement>('[data-progress-marks]')!.dataset;

/**
 * Progress in a sidebar that lists lessons: a mark on each lesson and counts per section. A
 * lesson's own controls are lesson-progress.ts. Server-rendered markup is only updated in place,
 * so nothing moves when this runs. Only what differs is written: every change in the sidebar makes
 * the browser restyle the whole page (Starlight's `body:has(#starlight__sidebar:popover-open)`),
 * and a learner with no progress yet needs no change at all.
 */
function render(progress: Progress) {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('.sidebar-content a[data-lesson]')) {
		const status = progress.lessons[link.dataset.lesson!]?.status;
		if (link.dataset.progress !== status) {
			if (status) link.dataset.progress = status;
			else delete link.dataset.progress;
		}
		const text = status === 'done' ? ` ${marks.done}` : status ? ` ${marks.started}` : '';
		let note = link.querySelector<HTMLElement>('.dp-mark-text');
		if (!note && !text) continue;
		if (!note) {
			note = Object.assign(document.createElement('span'), { className: 'dp-mark-text sr-only' });
			link.append(note);
		}
		if (note.textContent !== text) note.textContent = text;
	}
	for (const badge of document.querySelectorAll<HTMLElement>('.sidebar-content details .dp-section-count')) {
		const group = badge.closest('details');
		// A large section listed as a window counts all its lessons, not the ones shown: section-links.ts does.
		if (!group || group.querySelector('a[data-section]')) continue;
		const links = [...group.querySelectorAll<HTMLElement>('a[data-lesson]')];
		const done = links.filter((link) => link.dataset.progress === 'done').length;
		const count = `${done}/${links.length}`;
		if (badge.textContent !== count) badge.textContent = count;
	}
}

store.subscribe(render);
render(store.progress);
// On a lesson, its own controls load after this script and say when the page is ready.
if (!document.querySelector('[data-lesson-end], [data-milestone]')) document.documentElement.dataset.progressReady = '';
