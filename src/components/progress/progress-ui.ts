import { progressStrings } from '../../config/strings/progress';
import type { Progress } from '../../schemas/progress';
import { formatsFor } from '../../lib/format';
import { setChecklistItem, setLessonDone } from '../../lib/progress/model';
import type { StoreNotice } from '../../lib/progress/store';
import { exportFile } from '../../lib/progress/export-file';
import { record, startOpenedLesson, store } from './page-store';

const s = progressStrings;

/**
 * Progress on every page with a sidebar: marks and section counts in the sidebar, and on a
 * lesson its status, the "Mark as complete" toggle and milestone checklists. Server-rendered
 * markup is only updated in place, so nothing moves when this runs.
 */
function render(progress: Progress) {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('.sidebar-content a[data-lesson]')) {
		const status = progress.lessons[link.dataset.lesson!]?.status;
		if (status) link.dataset.progress = status;
		else delete link.dataset.progress;
		let note = link.querySelector<HTMLElement>('.dp-mark-text');
		if (!note) {
			note = Object.assign(document.createElement('span'), { className: 'dp-mark-text sr-only' });
			link.append(note);
		}
		note.textContent = status === 'done' ? ` ${s.completedMark}` : status ? ` ${s.inProgressMark}` : '';
	}
	for (const badge of document.querySelectorAll<HTMLElement>('.sidebar-content details .dp-section-count')) {
		const links = [...(badge.closest('details')?.querySelectorAll<HTMLElement>('a[data-lesson]') ?? [])];
		const done = links.filter((link) => link.dataset.progress === 'done').length;
		badge.textContent = `${done}/${links.length}`;
	}
	for (const end of document.querySelectorAll<HTMLElement>('[data-lesson-end]')) {
		const key = end.dataset.lessonEnd!;
		const lesson = progress.lessons[key];
		const state = lessonState(lesson, end.dataset.contentHash);
		end.querySelector('[data-mark-complete]')!.setAttribute('aria-pressed', String(lesson?.status === 'done'));
		end.querySelector('[data-completed-note]')!.textContent =
			state === 'updated' ? s.updatedSince : lesson?.completedAt ? s.completedOn(formatsFor(document.documentElement.lang).date(lesson.completedAt)) : '';
		for (const badge of document.querySelectorAll<HTMLElement>(`[data-lesson-status="${key}"]`)) {
			badge.dataset.state = state;
			badge.querySelector('.dp-status-text')!.textContent = s.status[state];
		}
	}
	for (const box of document.querySelectorAll<HTMLInputElement>('[data-milestone] input[data-item]')) {
		box.disabled = false;
		box.checked = progress.checklist[checklistId(box)]?.done ?? false;
	}
	renderNotices(store.notices);
}

function lessonState(lesson: Progress['lessons'][string] | undefined, contentHash: string | undefined) {
	if (!lesson) return 'not-started' as const;
	if (lesson.status === 'in-progress') return 'in-progress' as const;
	return contentHash && lesson.contentHash && lesson.contentHash !== contentHash ? ('updated' as const) : ('done' as const);
}

function checklistId(box: HTMLInputElement) {
	return `${box.closest<HTMLElement>('[data-milestone]')!.dataset.milestone}:${box.dataset.item}`;
}

/** The notice texts are in the page already; this only shows the ones that apply. */
function renderNotices(notices: readonly StoreNotice[]) {
	const shown = new Set<string>(
		notices.map((n) => (n.kind === 'corrupt' && !n.backupKey ? 'corrupt-unsaved' : n.kind === 'quota' && !n.kept ? 'quota-not-kept' : n.kind)),
	);
	for (const p of document.querySelectorAll<HTMLElement>('[data-notice]')) p.hidden = !shown.has(p.dataset.notice!);
}

function download(text: string, name: string, type: string) {
	const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type })), download: name });
	link.click();
	URL.revokeObjectURL(link.href);
}

function downloadBackup() {
	const corrupt = store.notices.find((n) => n.kind === 'corrupt');
	const text = store.backupText(corrupt?.kind === 'corrupt' ? (corrupt.backupKey ?? undefined) : undefined);
	if (text !== null) download(text, 'devops-path-unreadable-progress.txt', 'application/octet-stream');
}

/** What this page knows, saved or not, as an export file: the way out when storage fails. */
function downloadProgress() {
	const file = exportFile(store.progress, import.meta.env.DEVOPS_PATH_SITE_ID, Date.now());
	download(JSON.stringify(file, null, 2), `devops-path-progress-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
}

document.addEventListener('click', (event) => {
	const target = event.target as Element;
	const toggle = target.closest<HTMLButtonElement>('[data-mark-complete]');
	if (toggle) {
		const end = toggle.closest<HTMLElement>('[data-lesson-end]')!;
		const done = toggle.getAttribute('aria-pressed') !== 'true';
		record((progress) => setLessonDone(progress, end.dataset.lessonEnd!, done, end.dataset.contentHash ?? '', Date.now()));
	}
	if (target.closest('[data-download-backup]')) downloadBackup();
	if (target.closest('[data-download-progress]')) downloadProgress();
});

document.addEventListener('change', (event) => {
	const box = (event.target as Element).closest<HTMLInputElement>('[data-milestone] input[data-item]');
	if (box) record((progress) => startOpenedLesson(setChecklistItem(progress, checklistId(box), box.checked, Date.now())));
});

store.subscribe(render);
render(store.progress);
document.documentElement.dataset.progressReady = '';
