import { startLesson } from '../../lib/progress/model';
import { createProgressStore, progressStorageKey, type Change } from '../../lib/progress/store';
import type { Progress } from '../../schemas/progress';
import { showStoreNotices } from './notices';

/**
 * The page's one progress store. Every progress widget on a page imports this module, so they
 * share one store, and the store's storage problems show wherever progress is read or written.
 * It follows other tabs through the `storage` event. Quiz answers are recorded by
 * `quiz-answers.ts`, which only pages with a quiz load.
 */
export const store = createProgressStore({
	// Reading window.localStorage itself throws when the browser blocks storage.
	storage: () => window.localStorage,
	session: () => window.sessionStorage,
	key: progressStorageKey(import.meta.env.DEVOPS_PATH_SITE_ID, import.meta.env.BASE_URL),
	locks: navigator.locks ?? null,
});

showStoreNotices(store);
window.addEventListener('storage', (event) => store.receiveStorageEvent(event.key));
// A write waiting for the cross-tab lock would not run once the page is gone.
window.addEventListener('pagehide', () => store.flushNow());

/** Saves a change the learner made, and with their first one asks the browser to keep this site's storage. */
export function record(change: Change) {
	const first = !store.progress.persistRequested && store.notices.length === 0;
	const progress = store.update(first ? (p) => ({ ...change(p), persistRequested: true }) : change);
	if (first) navigator.storage?.persist?.().catch(() => undefined);
	return progress;
}

/**
 * A lesson counts as started once the learner does something in it (answers a question, ticks a
 * checklist item), not when it is merely opened.
 */
export function startOpenedLesson(progress: Progress): Progress {
	const opened = document.querySelector<HTMLElement>('[data-lesson-end]')?.dataset.lessonEnd;
	return opened ? startLesson(progress, opened, Date.now()) : progress;
}
