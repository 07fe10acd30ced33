type Engine = typeof import('./quiz-engine');
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

/**
 * A question bank on a page. The markup already holds every question, option and piece of
 * feedback, and choosing an option needs no script; the quiz engine (scoring, feedback, the
 * progress it records) loads when the learner first presses one of the quiz's buttons.
 */
class DevopsQuiz extends HTMLElement {
	connectedCallback() {
		this.addEventListener('click', this.#onClick);
	}

	#onClick = ({ target }: Event) => {
		const button = (target as Element).closest('button');
		if (!button || !this.contains(button)) return;
		if (engine) return engine.pressQuizButton(this, button);
		// Presses before the engine is here wait for the same import, in order.
		loading ??= import('./quiz-engine');
		loading.then(
			(loaded) => {
				engine = loaded;
				loaded.pressQuizButton(this, button);
			},
			() => {
				// Another press tries again.
				loading = undefined;
				const feedback = button.closest('.dp-question')?.querySelector('.dp-feedback');
				if (feedback) feedback.textContent = this.dataset.loadFailed ?? '';
			},
		);
	};
}

customElements.define('dp-quiz', DevopsQuiz);
