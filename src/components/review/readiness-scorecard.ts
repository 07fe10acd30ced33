import { rubric } from '../../config/rubric';
import { scorecardStrings } from '../../config/strings/review';
import { vocabularyStrings } from '../../config/strings/vocabulary';
import { formatsFor } from '../../lib/locale/format';
import { contentLangFor } from '../locale/content-lang';
import { pageStrings } from '../locale/page-strings';
import { labTally } from '../../lib/progress/summary';
import { scoreReadiness } from '../../lib/assessment/scorecard';
import type { Progress } from '../../schemas/progress';
import { store } from '../progress/page-store';

// ReadinessScorecard.astro puts these strings in the page.
const t = pageStrings();
const s = scorecardStrings(t);
const { skills } = vocabularyStrings(t);
/** The rubric with its dimensions named in the page's language. */
const dimensions = rubric.map((dimension) => ({ ...dimension, label: skills[dimension.skill] }));

interface ScorecardInput {
	questions: { id: string; skills: string[] }[];
	lessons: { key: string; title: string; href: string; skills: string[] }[];
	/** Every lab task of the course, "<lab>:<task>". */
	labTasks: string[];
}

/** Fills the server-rendered chart, table and study advice with the learner's readiness. */
class ReadinessScorecard extends HTMLElement {
	#input!: ScorecardInput;

	connectedCallback() {
		this.#input = JSON.parse(this.querySelector('script[data-scorecard-input]')!.textContent!);
		store.subscribe((progress) => this.#render(progress));
		this.#render(store.progress);
		this.querySelector('[data-print]')!.addEventListener('click', () => window.print());
	}

	#render(progress: Progress) {
		const f = formatsFor(document.documentElement.lang);
		// Lesson titles are course content, in English.
		const lang = contentLangFor(document);
		const result = scoreReadiness(progress, this.#input.questions, dimensions, Date.now());
		this.querySelector('[data-readiness]')!.textContent = f.percent(result.readiness);
		const labs = labTally(progress, this.#input.labTasks);
		const labLine = this.querySelector('[data-labs]');
		if (labLine) labLine.textContent = s.labTasksDone(labs.done, labs.total);
		for (const dimension of result.dimensions) {
			const bar = this.querySelector(`[data-bar="${dimension.skill}"]`)!;
			bar.querySelector<HTMLElement>('.dp-bar-fill')!.style.inlineSize = `${dimension.mastery}%`;
			bar.querySelector('.dp-bar-value')!.textContent = f.percent(dimension.mastery);
			const row = this.querySelector(`[data-row="${dimension.skill}"]`)!;
			row.querySelector('[data-mastery]')!.textContent = f.percent(dimension.mastery);
			row.querySelector('[data-answered]')!.textContent = s.answeredOf(dimension.answered, dimension.total);
		}
		const advice = result.studyNext.map((dimension) => {
			const section = document.createElement('div');
			section.append(Object.assign(document.createElement('h3'), { textContent: `${dimension.label} (${f.percent(dimension.mastery)})` }));
			const todo = this.#input.lessons.filter((l) => l.skills.includes(dimension.skill) && progress.lessons[l.key]?.status !== 'done');
			if (!todo.length) {
				section.append(Object.assign(document.createElement('p'), { textContent: s.allLessonsDone }));
				return section;
			}
			section.append(Object.assign(document.createElement('p'), { textContent: s.studyNextLessons }));
			const list = document.createElement('ul');
			for (const lesson of todo.slice(0, 5)) {
				const item = document.createElement('li');
				const link = Object.assign(document.createElement('a'), { href: lesson.href, textContent: lesson.title });
				if (lang) link.lang = lang;
				item.append(link);
				list.append(item);
			}
			section.append(list);
			return section;
		});
		this.querySelector('[data-study-next]')!.replaceChildren(...advice);
	}
}

customElements.define('dp-readiness-scorecard', ReadinessScorecard);
