import { quizPageStrings } from '../../config/strings/quiz';
import { reviewStrings } from '../../config/strings/review';
import { copiedLang } from '../locale/content-lang';
import { pageStrings } from '../locale/page-strings';
import { lessonPageLoader } from '../quiz/lesson-pages';
import { entryOf } from '../../lib/progress/records';
import { dueForReview, setReviewCard } from '../../lib/progress/review-queue';
import { QUIZ_ANSWERED, type QuizAnsweredDetail } from '../../lib/quiz/events';
import { formatsFor } from '../../lib/locale/format';
import { describeTime } from '../../lib/review/describe-time';
import { record, store } from '../progress/page-store';
import '../progress/quiz-answers';
import '../quiz/quiz-element';
// The engine at once: every question here is there to be answered.
import '../quiz/quiz-engine';

/** How many due questions one visit shows, so a long backlog stays manageable. */
const SESSION_SIZE = 10;

type QuestionPages = Record<string, { href: string; bank: string }>;

const t = pageStrings();
const s = reviewStrings(t);
const q = quizPageStrings(t);

/**
 * The Review page: shows the questions due now, taken from their lessons' built pages and driven by
 * the same quiz element, and reschedules each with FSRS after its first check in this visit.
 */
class ReviewSession extends HTMLElement {
	#pages: QuestionPages = {};
	#rescheduled = new Set<string>();
	#page = lessonPageLoader();
	/** The questions on screen now; the next batch is offered once each of them is checked. */
	#batch: string[] = [];

	connectedCallback() {
		this.#pages = JSON.parse(this.querySelector('script[data-question-pages]')!.textContent!);
		this.addEventListener(QUIZ_ANSWERED, (event) => void this.#onAnswered(event as CustomEvent<QuizAnsweredDetail>));
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
		this.querySelector('[data-review-showing]')!.textContent = due.length > this.#batch.length ? s.showing(this.#batch.length, due.length) : '';
		const items = await Promise.all(this.#batch.map((id, i) => this.#questionItem(id, i + 1, this.#batch.length)));
		this.querySelector('.dp-review-questions')!.replaceChildren(...items);
		list.hidden = false;
		// The button that had focus is gone; the first new question takes it.
		if (moveFocus) this.querySelector<HTMLElement>('.dp-review-questions input, .dp-review-questions select, .dp-review-questions button')?.focus();
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
	#inCourse = (questionId: string) => Object.hasOwn(this.#pages, questionId);

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

	/** One due question as its own quiz, copied from the page that teaches it. */
	async #questionItem(id: string, position: number, count: number): Promise<HTMLLIElement> {
		const item = document.createElement('li');
		const page = this.#pages[id]!;
		try {
			const source = await this.#page(page.href);
			const question = source.querySelector(`.dp-question[data-question="${CSS.escape(id)}"]`);
			const key = question?.closest('devops-quiz')?.querySelector('script[data-answer-key]');
			if (!question || !key) throw new Error(`question ${id} not found on ${page.href}`);
			const quiz = document.createElement('devops-quiz');
			quiz.className = 'dp-quiz';
			quiz.dataset.bank = page.bank;
			const from = Object.assign(document.createElement('p'), { className: 'dp-review-source' });
			const title = source.querySelector('h1');
			const lesson = Object.assign(document.createElement('a'), { href: page.href, textContent: title?.textContent?.trim() ?? page.href });
			// The lesson's title is in the lesson's language: English until the lesson is translated.
			const lang = copiedLang(title, document);
			if (lang) lesson.lang = lang;
			from.append(s.from, lesson);
			const list = Object.assign(document.createElement('ol'), { className: 'dp-questions' });
			const copy = document.importNode(question, true) as HTMLElement;
			copy.querySelector('.dp-number')!.textContent = q.questionOf(position, count);
			list.append(copy);
			const score = Object.assign(document.createElement('p'), { className: 'dp-score', hidden: true });
			score.dataset.total = '1';
			const keyScript = Object.assign(document.createElement('script'), { type: 'application/json' });
			keyScript.dataset.answerKey = '';
			keyScript.textContent = JSON.stringify({ [id]: JSON.parse(key.textContent!)[id] });
			quiz.append(from, list, score, keyScript);
			item.append(quiz);
		} catch {
			this.#rescheduled.add(id);
			item.textContent = s.loadFailed;
		}
		return item;
	}


	async #onAnswered({ detail }: CustomEvent<QuizAnsweredDetail>) {
		if (this.#rescheduled.has(detail.question)) return;
		this.#rescheduled.add(detail.question);
		const feedback = this.querySelector(`.dp-question[data-question="${CSS.escape(detail.question)}"] .dp-feedback`);
		const now = Date.now();
		// The scheduler (FSRS) is most of this page's code and is needed only once an answer is checked.
		let reschedule: typeof import('../../lib/review/scheduler').reschedule;
		try {
			({ reschedule } = await import('../../lib/review/scheduler'));
		} catch {
			// The answer itself is saved; checking it again retries the schedule.
			this.#rescheduled.delete(detail.question);
			feedback?.append(Object.assign(document.createElement('p'), { textContent: s.rescheduleFailed }));
			return;
		}
		// Rescheduled inside the store's update, from the card as stored now: another tab may have reviewed it.
		const saved = record((progress) => {
			const card = entryOf(progress.review, detail.question);
			return card ? setReviewCard(progress, detail.question, reschedule(card, detail, now)) : progress;
		});
		const next = entryOf(saved.review, detail.question);
		if (next) {
			feedback?.append(Object.assign(document.createElement('p'), { textContent: s.rescheduled(describeTime(next.due, now, formatsFor(document.documentElement.lang), s.onDay)) }));
		}
		this.#afterBatch();
	}
}

customElements.define('dp-review-session', ReviewSession);
