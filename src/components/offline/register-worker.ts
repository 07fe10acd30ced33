import { Workbox } from 'workbox-window';

/**
 * Registers the service worker of the page's language, whose scope is that language's pages (the
 * site's base for English, <base>es/ for Spanish). `onUpdate` is called when a newer version is
 * installed and waiting; the function it receives hands control to that version and reloads.
 */
export function registerWorker(scope: string, onUpdate: (update: () => void) => void) {
	const worker = new Workbox(`${scope}sw.js`, { scope });
	worker.addEventListener('waiting', () =>
		onUpdate(() => {
			worker.addEventListener('controlling', () => location.reload());
			worker.messageSkipWaiting();
		}),
	);
	// A browser that refuses workers (private modes, policies) still shows every page online.
	worker.register().catch(() => undefined);
	// A page may stay open for days: look for a new version whenever the learner comes back to it.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') worker.update().catch(() => undefined);
	});
}
