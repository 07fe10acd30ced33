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
		// Presses are handled in order: each waits for the same import.
		import('./quiz-engine').then(
			({ pressQuizButton }) => pressQuizButton(this, button),
			() => {
				const feedback = button.closest('.dp-question')?.querySelector('.dp-feedback');
				if (feedback) feedback.textContent = this.dataset.loadFailed ?? '';
			},
		);
	};
}

customElements.define('devops-quiz', DevopsQuiz);
