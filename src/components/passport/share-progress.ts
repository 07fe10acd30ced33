import { shareStrings } from '../../config/strings/share';
import { formatsFor } from '../../lib/locale/format';
import { CONTINUE_KEY, SHARED_KEY } from '../../lib/passport/link-keys';
import { continuePayload, MAX_LINK_PAYLOAD, packLink } from '../../lib/passport/link-payload';
import { sharedProgressOf, type ShareOutline } from '../../lib/passport/share-link';
import { exportFile } from '../../lib/progress/export-file';
import type { Progress } from '../../schemas/progress';
import { pageStrings } from '../locale/page-strings';
import { store } from '../progress/page-store';
import { copyText } from './copy-text';

const s = shareStrings(pageStrings());

/** The share page: a read-only link to a summary of the learner's progress, and one that moves all of it. */
class ShareProgress extends HTMLElement {
	#outline!: ShareOutline;
	/** The site's base in the page's language, so the links open the pages in it. */
	#base!: string;

	connectedCallback() {
		this.#base = this.dataset.base!;
		const outline: Omit<ShareOutline, 'siteId'> = JSON.parse(this.querySelector('script[data-outline]')!.textContent!);
		this.#outline = { ...outline, siteId: import.meta.env.DEVOPS_PATH_SITE_ID };
		store.subscribe((progress) => this.#render(progress));
		this.querySelector('#dp-share-name')!.addEventListener('input', () => this.#render(store.progress));
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
			button.addEventListener('click', () => void this.#copy(button.dataset.copy!));
		}
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-show-qr]')) {
			button.addEventListener('click', () => void this.#toggleQr(button));
		}
		this.#render(store.progress);
	}

	#render(progress: Progress) {
		const f = formatsFor(document.documentElement.lang);
		const now = Date.now();
		const name = this.querySelector<HTMLInputElement>('#dp-share-name')!.value;
		const shared = new URL(
			`${this.#base}progress/shared/#${SHARED_KEY}=${packLink(sharedProgressOf(progress, this.#outline, now, name))}`,
			location.href,
		).href;
		this.#show('shared', shared, f);
		this.querySelector<HTMLAnchorElement>('[data-open]')!.href = shared;

		const payload = continuePayload(exportFile(progress, this.#outline.siteId, now));
		this.querySelector<HTMLElement>('[data-continue]')!.hidden = payload === undefined;
		const tooLong = this.querySelector<HTMLElement>('[data-continue-too-long]')!;
		tooLong.hidden = payload !== undefined;
		if (payload === undefined) {
			tooLong.textContent = s.continueTooLong(packLink(exportFile(progress, this.#outline.siteId, now)).length, MAX_LINK_PAYLOAD, f);
			return;
		}
		this.#show('continue', new URL(`${this.#base}progress/#${CONTINUE_KEY}=${payload}`, location.href).href, f);
	}

	#show(which: string, link: string, f: ReturnType<typeof formatsFor>) {
		this.#textarea(which).value = link;
		this.querySelector(`[data-length="${which}"]`)!.textContent = s.length(link.length, f);
		if (this.#qrShown(which)) void this.#drawQr(which);
	}

	#qrShown(which: string) {
		return this.querySelector(`[data-show-qr="${which}"]`)!.getAttribute('aria-expanded') === 'true';
	}

	/** The QR code library (uqr) loads the first time a code is asked for. */
	async #toggleQr(button: HTMLButtonElement) {
		const which = button.dataset.showQr!;
		const show = !this.#qrShown(which);
		button.setAttribute('aria-expanded', String(show));
		this.querySelector<HTMLElement>(`[data-qr="${which}"]`)!.parentElement!.hidden = !show;
		if (show) await this.#drawQr(which);
	}

	async #drawQr(which: string) {
		const { qrSvg } = await import('./qr-svg');
		const qr = this.querySelector<HTMLElement>(`[data-qr="${which}"]`)!;
		const label = which === 'shared' ? s.qrLabel : s.continueQrLabel;
		// A site address long enough to push the link past a QR code's capacity leaves only the link.
		try {
			qr.replaceChildren(qrSvg(this.#textarea(which).value, label));
		} catch {
			qr.replaceChildren(s.qrTooLong);
		}
	}

	#textarea(which: string) {
		return this.querySelector<HTMLTextAreaElement>(`[data-link="${which}"]`)!;
	}

	async #copy(which: string) {
		this.#status((await copyText(this.#textarea(which))) ? s.copied : s.copyFailed);
	}

	#status(text: string) {
		this.querySelector('[data-status]')!.textContent = text;
	}
}

customElements.define('dp-share-progress', ShareProgress);
