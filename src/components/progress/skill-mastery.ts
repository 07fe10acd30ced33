import { rubric } from '../../config/rubric';
import { masteryStrings } from '../../config/strings/assessment';
import { skillMastery } from '../../lib/assessment/mastery';
import type { Progress } from '../../schemas/progress';
import { contentLangFor, withContent } from '../locale/content-lang';
import { pageStrings } from '../locale/page-strings';
import { store } from './page-store';

// SkillMastery.astro puts these strings in the page.
const s = masteryStrings(pageStrings());

interface MasteryInput {
	places: { href: string; bank: string }[];
	questions: { id: string; skills: string[]; place: number; number: number }[];
}

/** Fills the server-rendered table with each skill's level and links to the questions to practise next. */
class SkillMasteryTable extends HTMLElement {
	#input!: MasteryInput;

	connectedCallback() {
		this.#input = JSON.parse(this.querySelector('script[data-mastery-input]')!.textContent!);
		store.subscribe((progress) => this.#render(progress));
		this.#render(store.progress);
	}

	#render(progress: Progress) {
		const byId = new Map(this.#input.questions.map((question) => [question.id, question]));
		// A question bank's title is course content, in English, inside the page's words.
		const lang = contentLangFor(document);
		const results = skillMastery(progress, this.#input.questions, rubric.map((d) => d.skill), Date.now());
		for (const result of results) {
			const row = this.querySelector(`tr[data-mastery-skill="${result.skill}"]`);
			if (!row) continue;
			row.querySelector('[data-mastery-level]')!.textContent = s.levels[result.level];
			const links = result.next.flatMap((id) => {
				const question = byId.get(id);
				const place = question && this.#input.places[question.place];
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
