import { rubric } from '../../config/rubric';
import { scorecardStrings as s } from '../../config/strings/review';
import { labTally } from '../../lib/progress/summary';
import { scoreReadiness } from '../../lib/assessment/scorecard';
import type { Progress } from '../../schemas/progress';
import { store } from '../progress/page-store';

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
		const result = scoreReadiness(progress, this.#input.questions, rubric, Date.now());
		this.querySelector('[data-readiness]')!.textContent = `${result.readiness}%`;
		const labs = labTally(progress, this.#input.labTasks);
		const labLine = this.querySelector('[data-labs]');
		if (labLine) labLine.textContent = s.labTasksDone(labs.done, labs.total);
		for (const dimension of result.dimensions) {
			const bar = this.querySelector(`[data-bar="${dimension.skill}"]`)!;
			bar.querySelector<HTMLElement>('.dp-bar-fill')!.style.inlineSize = `${dimension.mastery}%`;
			bar.querySelector('.dp-bar-value')!.textContent = `${dimension.mastery}%`;
			const row = this.querySelector(`[data-row="${dimension.skill}"]`)!;
			row.querySelector('[data-mastery]')!.textContent = `${dimension.mastery}%`;
			row.querySelector('[data-answered]')!.textContent = `${dimension.answered} of ${dimension.total}`;
		}
		const advice = result.studyNext.map((dimension) => {
			const section = document.createElement('div');
			section.append(Object.assign(document.createElement('h3'), { textContent: `${dimension.label} (${dimension.mastery}%)` }));
			const todo = this.#input.lessons.filter((l) => l.skills.includes(dimension.skill) && progress.lessons[l.key]?.status !== 'done');
			if (!todo.length) {
				section.append(Object.assign(document.createElement('p'), { textContent: s.allLessonsDone }));
				return section;
			}
			section.append(Object.assign(document.createElement('p'), { textContent: s.studyNextLessons }));
			const list = document.createElement('ul');
			for (const lesson of todo.slice(0, 5)) {
				const item = document.createElement('li');
				item.append(Object.assign(document.createElement('a'), { href: lesson.href, textContent: lesson.title }));
				list.append(item);
			}
			section.append(list);
			return section;
		});
		this.querySelector('[data-study-next]')!.replaceChildren(...advice);
	}
}

customElements.define('dp-readiness-scorecard', ReadinessScorecard);
