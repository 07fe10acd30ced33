import { Workbox } from 'workbox-window';

/**
 * Registers the site's service worker. `onUpdate` is called when a newer version is installed and
 * waiting; the function it receives hands control to that version and reloads the page.
 */
export function registerWorker(base: string, onUpdate: (update: () => void) => void) {
	const worker = new Workbox(`${base}sw.js`, { scope: base });
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
