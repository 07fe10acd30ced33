/**
 * Keeps the site working offline: once the page has loaded, it registers the service worker
 * (written at build, src/integrations/offline.ts). When a newer build's worker is waiting, it
 * offers a reload; the new version takes over only then, so no page mixes files of two builds.
 */
class UpdateNotice extends HTMLElement {
	connectedCallback() {
		// Without an offline copy (offlineBudget 0) the build's sw.js only retires an earlier one,
		// which browsers that hold one fetch by themselves.
		if (!import.meta.env.PROD || !import.meta.env.DEVOPS_PATH_OFFLINE || !('serviceWorker' in navigator)) return;
		// After load, so precaching the site never competes with the page's own requests.
		if (document.readyState === 'complete') void this.#register();
		else addEventListener('load', () => void this.#register(), { once: true });
	}

	async #register() {
		const { registerWorker } = await import('./register-worker');
		registerWorker(this.dataset.scope!, (update) => this.#offer(update));
	}

	#offer(update: () => void) {
		const notice = this.querySelector<HTMLElement>('[data-update]')!;
		notice.hidden = false;
		this.querySelector('[data-reload]')!.addEventListener('click', update, { once: true });
		this.querySelector('[data-later]')!.addEventListener('click', () => (notice.hidden = true), { once: true });
	}
}

customElements.define('dp-update-notice', UpdateNotice);
