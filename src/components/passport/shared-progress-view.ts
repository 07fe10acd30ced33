import { sharedStrings } from '../../config/strings/shared-progress';
import { formatsFor } from '../../lib/locale/format';
import { say } from '../../lib/locale/messages';
import { fragmentValue, SHARED_KEY } from '../../lib/passport/link-keys';
import { readSharedLink } from '../../lib/passport/share-link';
import type { SharedProgress } from '../../schemas/passport';
import { contentLangFor, contentText } from '../locale/content-lang';
import { pageStrings } from '../locale/page-strings';
import { tableRows } from './table-rows';

const t = pageStrings();
const s = sharedStrings(t);

interface Labels {
	sections: Record<string, string>;
	checklists: Record<string, string>;
	skills: Record<string, string>;
	levels: Record<string, string>;
}

/**
 * The read-only "Shared progress" page. It reads only the link's fragment, never the visitor's
 * own stored progress, and writes nothing: every figure is set as text.
 */
class SharedProgressView extends HTMLElement {
	#labels!: Labels;

	connectedCallback() {
		this.#labels = JSON.parse(this.querySelector('script[data-labels]')!.textContent!);
		addEventListener('hashchange', this.#render);
		this.#render();
	}

	disconnectedCallback() {
		removeEventListener('hashchange', this.#render);
	}

	#render = () => {
		const message = this.querySelector<HTMLElement>('[data-shared-message]')!;
		const view = this.querySelector<HTMLElement>('[data-shared-view]')!;
		const payload = fragmentValue(location.hash, SHARED_KEY);
		const result = payload === null ? undefined : readSharedLink(payload, formatsFor(document.documentElement.lang));
		view.hidden = !result?.ok;
		message.hidden = Boolean(result?.ok);
		message.classList.toggle('dp-error', result?.ok === false);
		message.setAttribute('role', result?.ok === false ? 'alert' : 'status');
		if (!result) message.textContent = s.noLink;
		else if (!result.ok) message.textContent = say(t, result.problem);
		else this.#show(result.shared, result.newerVersion);
	};

	#show(shared: SharedProgress, newerVersion?: number) {
		const f = formatsFor(document.documentElement.lang);
		const name = (key: keyof Labels, id: string) => (Object.hasOwn(this.#labels[key], id) ? this.#labels[key][id]! : id);
		this.querySelector('[data-shared-banner]')!.textContent = s.readOnly(shared.name ?? '', f.date(shared.sharedAt));
		const otherSite = this.querySelector<HTMLElement>('[data-shared-other-site]')!;
		otherSite.hidden = shared.siteId === import.meta.env.DEVOPS_PATH_SITE_ID;
		otherSite.textContent = otherSite.hidden ? '' : s.otherSite(shared.siteId);
		const newer = this.querySelector<HTMLElement>('[data-shared-newer]')!;
		newer.hidden = newerVersion === undefined;
		newer.textContent = newerVersion === undefined ? '' : s.newer(newerVersion);
		this.querySelector('[data-shared-totals]')!.replaceChildren(
			...[
				s.lessons(shared.lessons.done, shared.lessons.total, f),
				s.labTasks(shared.labTasks.done, shared.labTasks.total, f),
				s.reviewsDue(shared.reviewsDue, f),
			].map((text) => Object.assign(document.createElement('li'), { textContent: text })),
		);
		this.querySelector('[data-shared-last]')!.textContent =
			shared.lastActivity === undefined ? '' : s.lastActivity(f.date(shared.lastActivity));
		this.#rows(
			'sections',
			Object.entries(shared.sections).map(([id, count]) => [name('sections', id), s.count(count.done, count.total, f)]),
		);
		this.#rows(
			'skills',
			Object.entries(shared.skills).map(([id, level]) => [name('skills', id), name('levels', level)]),
		);
		this.#rows(
			'checklists',
			// A checklist's title is course content, in English; an id this site does not know is shown as it is.
			Object.entries(shared.checklists).map(([id, count]) => [
				Object.hasOwn(this.#labels.checklists, id) ? contentText(name('checklists', id), contentLangFor(document)) : id,
				s.count(count.done, count.total, f),
			]),
		);
	}

	#rows(table: string, rows: (string | Node)[][]) {
		this.querySelector(`[data-shared-rows="${table}"]`)!.replaceChildren(...tableRows(rows));
	}
}

customElements.define('dp-shared-progress', SharedProgressView);
