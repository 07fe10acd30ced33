import { rubric } from '../../config/rubric';
import { masteryStrings } from '../../config/strings/assessment';
import { skillMastery } from '../../lib/assessment/mastery';
import type { PracticePlaces } from '../../lib/assessment/practice-places';
import { localizedHref } from '../../lib/locale/paths';
import type { Progress } from '../../schemas/progress';
import { contentLangFor, withContent } from '../locale/content-lang';
import { pageStrings } from '../locale/page-strings';
import { fetchCourseFile, showLoadProblem } from './course-file';
import { store } from './page-store';

// SkillMastery.astro puts these strings in the page.
const s = masteryStrings(pageStrings());

/** Fills the server-rendered table with each skill's level and links to the questions to practise next. */
class SkillMasteryTable extends HTMLElement {
	connectedCallback() {
		void this.#start();
	}

	/** Fetches where the questions live (once per visit), then fills the table and refills it on every change. */
	async #start() {
		const source = this.dataset.questionsSrc!;
		const loaded = await fetchCourseFile<PracticePlaces>(source);
		if (!loaded.ok) return showLoadProblem(this.querySelector<HTMLElement>('[data-mastery-error]')!, s.loadFailed(source, loaded.reason));
		const input = loaded.data;
		const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
		const locale = this.dataset.locale || undefined;
		for (const place of input.places) place.href = localizedHref(place.href, base, locale);
		store.subscribe((progress) => this.#render(progress, input));
		this.#render(store.progress, input);
	}

	#render(progress: Progress, input: PracticePlaces) {
		const byId = new Map(input.questions.map((question) => [question.id, question]));
		// A question bank's title is course content, in English, inside the page's words.
		const lang = contentLangFor(document);
		const results = skillMastery(
			progress,
			input.questions,
			rubric.map((d) => d.skill),
			Date.now(),
		);
		for (const result of results) {
			const row = this.querySelector(`tr[data-mastery-skill="${result.skill}"]`);
			if (!row) continue;
			row.querySelector('[data-mastery-level]')!.textContent = s.levels[result.level];
			const links = result.next.flatMap((id) => {
				const question = byId.get(id);
				const place = question && input.places[question.place];
				if (!question || !place) return [];
				const item = document.createElement('li');
				const link = Object.assign(document.createElement('a'), { href: place.href });
				link.append(...withContent((bank) => s.questionIn(bank, question.number), place.bank, lang));
				item.append(link);
				return [item];
			});
			const cell = row.querySelector('[data-mastery-next]')!;
			if (links.length) {
				const list = document.createElement('ul');
				list.append(...links);
				cell.replaceChildren(list);
			} else {
				cell.replaceChildren(s.nothingNext);
			}
		}
	}
}

customElements.define('dp-skill-mastery', SkillMasteryTable);
