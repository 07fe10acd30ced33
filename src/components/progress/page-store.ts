import { onAnswer } from '../../lib/quiz-events';
import { recordAnswer } from '../../lib/progress/model';
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

/**
 * Answers are saved just after the quiz's feedback is on screen: saving re-reads and rewrites the
 * whole stored history, which on a long course takes longer than a frame. Leaving or hiding the
 * page saves at once, so no answer waits past it.
 */
let unsavedAnswers: Parameters<ProgressStore['update']>[0][] = [];

onAnswer(document, ({ question, correct }) => {
	const at = Date.now();
	unsavedAnswers.push((progress) => recordAnswer(progress, question, correct, at));
	if (unsavedAnswers.length === 1) requestAnimationFrame(() => setTimeout(saveAnswers));
});

function saveAnswers() {
	if (!unsavedAnswers.length) return;
	const answers = unsavedAnswers;
	unsavedAnswers = [];
	record((progress) => answers.reduce((next, answer) => answer(next), progress));
}

window.addEventListener('pagehide', saveAnswers);
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saveAnswers());

/** Saves a change the learner made, and on their first one asks the browser to keep this site's storage. */
export function record(change: Parameters<ProgressStore['update']>[0]) {
	const next = store.update(change);
	if (!next.persistRequested && store.notices.length === 0) {
		store.update((progress) => ({ ...progress, persistRequested: true }));
		navigator.storage?.persist?.().catch(() => undefined);
	}
}
