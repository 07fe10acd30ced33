import { viewWorkedSolution } from '../../lib/progress/lessons';
import type { Progress } from '../../schemas/progress';
import { record, store } from '../progress/page-store';

/** Records the first opening of a worked solution and shows that it was opened, here and in other tabs. */
class DevopsWorkedSolution extends HTMLElement {
	#lesson = document.querySelector<HTMLElement>('[data-lesson-end]')?.dataset.lessonEnd;

	connectedCallback() {
		this.querySelector('details')?.addEventListener('toggle', this.#onToggle);
		store.subscribe(this.#showProgress);
		this.#showProgress(store.progress);
	}

	#showProgress = (progress: Progress) => {
		if (this.#lesson && progress.lessons[this.#lesson]?.solutionViewedAt !== undefined)
			this.querySelector<HTMLElement>('[data-viewed]')!.hidden = false;
	};

	#onToggle = ({ currentTarget }: Event) => {
		const lesson = this.#lesson;
		if (!lesson || !(currentTarget as HTMLDetailsElement).open) return;
		this.querySelector<HTMLElement>('[data-viewed]')!.hidden = false;
		record((progress) => viewWorkedSolution(progress, lesson, Date.now()));
	};
}

customElements.define('dp-worked-solution', DevopsWorkedSolution);
