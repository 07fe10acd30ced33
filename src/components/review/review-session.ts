import { quizPageStrings } from '../../config/strings/quiz';
import { reviewStrings } from '../../config/strings/review';
import { pageStrings } from '../locale/page-strings';
import { bankFileLoader, bankQuestion } from '../quiz/bank-files';
import { applyQuizAnswer } from '../../lib/progress/answers';
import { entryOf } from '../../lib/progress/records';
import { dueForReview, setReviewCard } from '../../lib/progress/review-queue';
import { QUIZ_ANSWERED, type QuizAnsweredDetail } from '../../lib/quiz/events';
import { formatsFor } from '../../lib/locale/format';
import { describeTime } from '../../lib/review/describe-time';
import type { Progress } from '../../schemas/progress';
import { record, store } from '../progress/page-store';
import '../progress/quiz-answers';
import '../quiz/quiz-element';
// The engine at once: every question here is there to be answered.
import '../quiz/quiz-engine';

/** How many due questions one visit shows, so a long backlog stays manageable. */
const SESSION_SIZE = 10;

/** Question id → its bank, for every question the course asks. */
type QuestionBanks = Record<string, string>;
type Change = (progress: Progress) => Progress;

const t = pageStrings();
const s = reviewStrings(t);
const q = quizPageStrings(t);

/**
 * The Review page: shows the questions due now, drawn as their lessons draw them (the build's bank
 * files) and driven by the same quiz element, and reschedules each with FSRS after its first check
 * in this visit.
 */
class ReviewSession extends HTMLElement {
	#banks: QuestionBanks = {};
	#rescheduled = new Set<string>();
	#bankFile!: ReturnType<typeof bankFileLoader>;
	/** First answers whose save waits for the scheduler, so the answer and its new schedule are one write. */
	#waiting = new Map<string, Change>();
	/** The questions on screen now; the next batch is offered once each of them is checked. */
	#batch: string[] = [];

	connectedCallback() {
		this.#banks = JSON.parse(this.querySelector('script[data-question-banks]')!.textContent!);
		this.#bankFile = bankFileLoader(this.dataset.bankFiles!);
		this.addEventListener(QUIZ_ANSWERED, (event) => void this.#onAnswered(event as CustomEvent<QuizAnsweredDetail>));
		// Leaving or hiding the page does not wait for the scheduler: the answers themselves are saved at once.
		addEventListener('pagehide', this.#saveWaiting);
		document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.#saveWaiting());
		this.#nextBatchButton().addEventListener('click', () => this.#showBatch(true));
		void this.#showBatch(false);
	}

	/** Shows up to SESSION_SIZE due questions in place of the last batch, or the next step when none is due. */
	async #showBatch(moveFocus: boolean) {
		const now = Date.now();
		const due = dueForReview(store.progress, now, this.#inCourse);
		this.#summarise(now);
		this.#nextBatchButton().hidden = true;
		const list = this.querySelector<HTMLElement>('[data-review-list]')!;
		this.querySelector<HTMLElement>('[data-review-next-step]')!.hidden = due.length > 0;
		this.#batch = due.slice(0, SESSION_SIZE);
		this.#rescheduled.clear();
		if (!due.length) {
			list.hidden = true;
			return;
		}
		this.querySelector('[data-review-showing]')!.textContent =
			due.length > this.#batch.length ? s.showing(this.#batch.length, due.length) : '';
		const items = await Promise.all(this.#batch.map((id, i) => this.#questionItem(id, i + 1, this.#batch.length)));
		this.querySelector('.dp-review-questions')!.replaceChildren(...items);
		list.hidden = false;
		// The button that had focus is gone; the first new question takes it.
		if (moveFocus)
			this.querySelector<HTMLElement>('.dp-review-questions input, .dp-review-questions select, .dp-review-questions button')?.focus();
	}

	#nextBatchButton() {
		return this.querySelector<HTMLButtonElement>('[data-next-batch]')!;
	}

	/** Once every question on screen is checked: the button to the next batch, or the next step if none is due. */
	#afterBatch() {
		if (!this.#batch.every((id) => this.#rescheduled.has(id))) return;
		const now = Date.now();
		const onScreen = new Set(this.#batch);
		const waiting = dueForReview(store.progress, now, this.#inCourse).filter((id) => !onScreen.has(id));
		this.#summarise(now);
		const button = this.#nextBatchButton();
		if (waiting.length) {
			button.textContent = s.nextBatch(Math.min(waiting.length, SESSION_SIZE));
			button.hidden = false;
		} else {
			this.querySelector('[data-review-showing]')!.textContent = s.batchDone;
			this.querySelector<HTMLElement>('[data-review-next-step]')!.hidden = false;
		}
	}

	/** Cards of questions a team removed from the course keep their history but are not shown. */
	#inCourse = (questionId: string) => Object.hasOwn(this.#banks, questionId);

	#summarise(now: number) {
		const endOfDay = new Date(now).setHours(23, 59, 59, 999);
		const cards = Object.entries(store.progress.review)
			.filter(([id]) => this.#inCourse(id))
			.map(([, card]) => card);
		const dueNow = cards.filter((card) => card.due <= now).length;
		const laterToday = cards.filter((card) => card.due > now && card.due <= endOfDay).length;
		const next = cards.filter((card) => card.due > now).sort((a, b) => a.due - b.due)[0];
		this.querySelector('[data-review-summary]')!.textContent = dueNow
			? s.dueNow(dueNow) + s.dueLaterToday(laterToday)
			: `${s.nothingDue} ${s.queueSize(cards.length)}${next ? ` ${s.nextDue(describeTime(next.due, now, formatsFor(document.documentElement.lang), s.onDay))}` : ''}`;
	}

	/** One due question as its own quiz, as its bank file draws it, under a link to the lesson that teaches it. */
	async #questionItem(id: string, position: number, count: number): Promise<HTMLLIElement> {
		const item = document.createElement('li');
		const bank = this.#banks[id]!;
		try {
			const file = await this.#bankFile(bank);
			const question = bankQuestion(file, id);
			if (!question) throw new Error(`question ${id} is not in bank ${bank}`);
			const quiz = document.createElement('dp-quiz');
			quiz.className = 'dp-quiz';
			quiz.dataset.bank = bank;
			const from = Object.assign(document.createElement('p'), { className: 'dp-review-source' });
			const lesson = Object.assign(document.createElement('a'), { href: file.lesson.href, textContent: file.lesson.title });
			// The lesson's title is in the lesson's language: English until the lesson is translated.
			if (file.lesson.lang) lesson.lang = file.lesson.lang;
			from.append(s.from, lesson);
			const list = Object.assign(document.createElement('ol'), { className: 'dp-questions' });
			question.element.querySelector('.dp-number')!.textContent = q.questionOf(position, count);
			list.append(question.element);
			const score = Object.assign(document.createElement('p'), { className: 'dp-score', hidden: true });
			score.dataset.total = '1';
			const keyScript = Object.assign(document.createElement('script'), { type: 'application/json' });
			keyScript.dataset.answerKey = '';
			keyScript.textContent = JSON.stringify({ [id]: question.key });
			quiz.append(from, list, score, keyScript);
			item.append(quiz);
		} catch {
			this.#rescheduled.add(id);
			item.textContent = s.loadFailed;
		}
		return item;
	}

	/**
	 * A question's first check in this visit: the answer and the card's new schedule are saved
	 * together, in one write, so this page saves the answer itself (quiz-answers.ts leaves a
	 * cancelled answer event alone). Later checks are saved as on any page.
	 */
	async #onAnswered(event: CustomEvent<QuizAnsweredDetail>) {
		const { detail } = event;
		if (this.#rescheduled.has(detail.question)) return;
		event.preventDefault();
		this.#rescheduled.add(detail.question);
		const feedback = this.querySelector(`.dp-question[data-question="${CSS.escape(detail.question)}"] .dp-feedback`);
		const now = Date.now();
		const answer: Change = (progress) => applyQuizAnswer(progress, detail, now);
		this.#waiting.set(detail.question, answer);
		// The scheduler (FSRS) is most of this page's code and is needed only once an answer is checked.
		let reschedule: typeof import('../../lib/review/scheduler').reschedule;
		try {
			({ reschedule } = await import('../../lib/review/scheduler'));
		} catch {
			// The answer itself is saved; checking it again retries the schedule.
			this.#rescheduled.delete(detail.question);
			if (this.#waiting.delete(detail.question)) record(answer);
			feedback?.append(Object.assign(document.createElement('p'), { textContent: s.rescheduleFailed }));
			return;
		}
		// The answer was saved on its own if the page was hidden while the scheduler loaded; the schedule is left.
		const answerSaved = !this.#waiting.delete(detail.question);
		// Rescheduled inside the store's update, from the card as stored now: another tab may have reviewed it.
		const saved = record((progress) => {
			const answered = answerSaved ? progress : answer(progress);
			const card = entryOf(answered.review, detail.question);
			return card ? setReviewCard(answered, detail.question, reschedule(card, detail, now)) : answered;
		});
		const next = entryOf(saved.review, detail.question);
		if (next) {
			feedback?.append(
				Object.assign(document.createElement('p'), {
					textContent: s.rescheduled(describeTime(next.due, now, formatsFor(document.documentElement.lang), s.onDay)),
				}),
			);
		}
		this.#afterBatch();
	}

	/** Saves the answers still waiting for the scheduler, without their schedule. */
	#saveWaiting = () => {
		if (!this.#waiting.size) return;
		const answers = [...this.#waiting.values()];
		this.#waiting.clear();
		record((progress) => answers.reduce((next, answer) => answer(next), progress));
		store.flushNow();
	};
}

customElements.define('dp-review-session', ReviewSession);
