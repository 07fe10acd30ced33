import { lessonProgressStrings } from '../../config/strings/lesson-progress';
import { formatsFor } from '../../lib/locale/format';
import { pageStrings } from '../locale/page-strings';
import { checklistItemKey, setChecklistItem, setLessonDone } from '../../lib/progress/lessons';
import { lessonState } from '../../lib/progress/path';
import type { Progress } from '../../schemas/progress';
import { record, startOpenedLesson, store } from './page-store';

// LessonEnd.astro puts these strings in the page.
const s = lessonProgressStrings(pageStrings());

/**
 * A lesson's own progress controls: its status under the title, the "Mark as complete" toggle at
 * its end and milestone checklists. Only pages with a lesson load this.
 */
function render(progress: Progress) {
	for (const end of document.querySelectorAll<HTMLElement>('[data-lesson-end]')) {
		const key = end.dataset.lessonEnd!;
		const lesson = progress.lessons[key];
		const state = lessonState(lesson, end.dataset.contentHash);
		end.querySelector('[data-mark-complete]')!.setAttribute('aria-pressed', String(lesson?.status === 'done'));
		end.querySelector('[data-completed-note]')!.textContent =
			state === 'updated'
				? s.updatedSince
				: lesson?.completedAt
					? s.completedOn(formatsFor(document.documentElement.lang).date(lesson.completedAt))
					: '';
		for (const badge of document.querySelectorAll<HTMLElement>(`[data-lesson-status="${key}"]`)) {
			badge.dataset.state = state;
			badge.querySelector('.dp-status-text')!.textContent = s.status[state];
		}
	}
	for (const box of document.querySelectorAll<HTMLInputElement>('[data-milestone] input[data-item]')) {
		box.disabled = false;
		box.checked = progress.checklist[checklistId(box)]?.done ?? false;
	}
}

function checklistId(box: HTMLInputElement) {
	return checklistItemKey(box.closest<HTMLElement>('[data-milestone]')!.dataset.milestone!, box.dataset.item!);
}

document.addEventListener('click', (event) => {
	const toggle = (event.target as Element).closest<HTMLButtonElement>('[data-mark-complete]');
	if (!toggle) return;
	const end = toggle.closest<HTMLElement>('[data-lesson-end]')!;
	const done = toggle.getAttribute('aria-pressed') !== 'true';
	record((progress) => setLessonDone(progress, end.dataset.lessonEnd!, done, end.dataset.contentHash ?? '', Date.now()));
});

document.addEventListener('change', (event) => {
	const box = (event.target as Element).closest<HTMLInputElement>('[data-milestone] input[data-item]');
	if (box) record((progress) => startOpenedLesson(setChecklistItem(progress, checklistId(box), box.checked, Date.now())));
});

store.subscribe(render);
render(store.progress);
// The sidebar's progress script ran before this one (document order): every control on the page is live now.
document.documentElement.dataset.progressReady = '';
