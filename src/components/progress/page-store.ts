import { startLesson } from '../../lib/progress/model';
import { createProgressStore, progressStorageKey, type ProgressStore } from '../../lib/progress/store';
import type { Progress } from '../../schemas/progress';

/**
 * The page's one progress store. Every progress widget on a page imports this module, so they
 * share one store; it follows other tabs through the `storage` event. Quiz answers are recorded
 * by `quiz-answers.ts`, which only pages with a quiz load.
 */
export const store = createProgressStore({
	// Reading window.localStorage itself throws when the browser blocks storage.
	storage: () => window.localStorage,
	key: progressStorageKey(import.meta.env.DEVOPS_PATH_SITE_ID, import.meta.env.BASE_URL),
});

window.addEventListener('storage', (event) => store.receiveStorageEvent(event.key));

/** Saves a change the learner made, and on their first one asks the browser to keep this site's storage. */
export function record(change: Parameters<ProgressStore['update']>[0]) {
	const next = store.update(change);
	if (!next.persistRequested && store.notices.length === 0) {
		store.update((progress) => ({ ...progress, persistRequested: true }));
		navigator.storage?.persist?.().catch(() => undefined);
	}
}

/**
 * A lesson counts as started once the learner does something in it (answers a question, ticks a
 * checklist item), not when it is merely opened.
 */
export function startOpenedLesson(progress: Progress): Progress {
	const opened = document.querySelector<HTMLElement>('[data-lesson-end]')?.dataset.lessonEnd;
	return opened ? startLesson(progress, opened, Date.now()) : progress;
}
