import { onAnswer } from '../../lib/quiz-events';
import { addToReview, recordAnswer } from '../../lib/progress/model';
import { createProgressStore, progressStorageKey, type ProgressStore } from '../../lib/progress/store';

/**
 * The page's one progress store. Every progress widget on a page imports this module, so they
 * share one store; it follows other tabs through the `storage` event and records quiz answers.
 */
export const store = createProgressStore({
	// Reading window.localStorage itself throws when the browser blocks storage.
	storage: () => window.localStorage,
	key: progressStorageKey(import.meta.env.DEVOPS_PATH_SITE_ID, import.meta.env.BASE_URL),
});

window.addEventListener('storage', (event) => store.receiveStorageEvent(event.key));

onAnswer(document, ({ question, correct, unsure }) => {
	const now = Date.now();
	record((progress) => {
		const answered = recordAnswer(progress, question, correct, now);
		return correct && !unsure ? answered : addToReview(answered, question, now);
	});
});

/** Saves a change the learner made, and on their first one asks the browser to keep this site's storage. */
export function record(change: Parameters<ProgressStore['update']>[0]) {
	const next = store.update(change);
	if (!next.persistRequested && store.notices.length === 0) {
		store.update((progress) => ({ ...progress, persistRequested: true }));
		navigator.storage?.persist?.().catch(() => undefined);
	}
}
