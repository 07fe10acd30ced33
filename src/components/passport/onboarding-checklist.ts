import { checklistStrings } from '../../config/strings/passport';
import { formatsFor } from '../../lib/locale/format';
import { onboardingMarkdown } from '../../lib/passport/onboarding-markdown';
import type { PassportOutline } from '../../lib/passport/outline';
import type { Progress } from '../../schemas/progress';
import { pageStrings } from '../locale/page-strings';
import { download } from '../progress/downloads';
import { store } from '../progress/page-store';
import { copyText } from './copy-text';

const s = checklistStrings(pageStrings());

/** The onboarding checklist page: the course as a Markdown task list to copy or download. */
class OnboardingChecklist extends HTMLElement {
	#outline!: PassportOutline;

	connectedCallback() {
		this.#outline = JSON.parse(this.querySelector('script[data-outline]')!.textContent!);
		store.subscribe((progress) => this.#render(progress));
		this.addEventListener('input', () => this.#render(store.progress));
		this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
		this.querySelector('[data-download]')!.addEventListener('click', () => this.#download());
		this.#render(store.progress);
	}

	get #empty() {
		return this.querySelector<HTMLInputElement>('input[value="empty"]')!.checked;
	}

	#markdown(progress: Progress) {
		const name = this.querySelector<HTMLInputElement>('#dp-onboarding-name')!.value;
		return onboardingMarkdown(this.#outline, this.#empty ? undefined : progress, {
			title: s.title(name.trim()),
			intro: this.#empty ? s.introEmpty : s.introMine(formatsFor(document.documentElement.lang).date(Date.now())),
			checklistsHeading: s.checklistsHeading,
			labItem: s.labItem,
			absolute: (href) => new URL(href, location.href).href,
		});
	}

	#render(progress: Progress) {
		this.#textarea.value = this.#markdown(progress);
	}

	get #textarea() {
		return this.querySelector<HTMLTextAreaElement>('[data-markdown]')!;
	}

	async #copy() {
		this.#status((await copyText(this.#textarea)) ? s.copied : s.copyFailed);
	}

	#download() {
		const file = `devops-onboarding-${new Date().toISOString().slice(0, 10)}.md`;
		download(this.#textarea.value, file, 'text/markdown');
		this.#status(s.downloaded(file));
	}

	#status(text: string) {
		this.querySelector('[data-status]')!.textContent = text;
	}
}

customElements.define('dp-onboarding-checklist', OnboardingChecklist);
