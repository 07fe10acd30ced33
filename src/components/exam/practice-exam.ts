import { rubric } from '../../config/rubric';
import { examStrings } from '../../config/strings/assessment';
import { quizPageStrings } from '../../config/strings/quiz';
import { contentLangFor } from '../locale/content-lang';
import { pageStrings } from '../locale/page-strings';
import { bankFileLoader, bankQuestion } from '../quiz/bank-files';
import { drawExam, examResult, type ExamCandidate } from '../../lib/assessment/exam';
import { formatsFor } from '../../lib/locale/format';
import { examAttempts, recordExamAttempt } from '../../lib/progress/exams';
import type { Progress } from '../../schemas/progress';
import { record, store } from '../progress/page-store';
import { QUIZ_ANSWERED, type QuizAnsweredDetail } from '../../lib/quiz/events';
import { applyQuizAnswer } from '../../lib/progress/answers';
import '../progress/quiz-answers';
import '../quiz/quiz-element';
// The engine at once: every question here is there to be answered, and marking runs it directly.
import { pressQuizButton } from '../quiz/quiz-engine';

interface ExamInput {
	/** The banks the questions come from; each question names its own by position. */
	banks: string[];
	questions: (ExamCandidate & { bank: number; reread: number })[];
	rereads: { href: string; title: string }[];
}
type Drawn = ExamInput['questions'][number];

const t = pageStrings();
const s = examStrings(t);
const q = quizPageStrings(t);

/**
 * The practice exam: draws the questions, puts them as their lessons draw them (the build's bank
 * files) into one quiz whose Check buttons stay hidden, and marks every question at once when the learner finishes. Marking goes
 * through the quiz's own Check, so answers are saved and missed ones join the review queue.
 */
class PracticeExam extends HTMLElement {
	#input!: ExamInput;
	#drawn: Drawn[] = [];
	#previous: string[] = [];
	#bankFile!: ReturnType<typeof bankFileLoader>;

	connectedCallback() {
		this.#input = JSON.parse(this.querySelector('script[data-exam-input]')!.textContent!);
		this.#bankFile = bankFileLoader(this.dataset.bankFiles!);
		this.querySelector('[data-exam-start]')!.addEventListener('click', () => this.#start());
		this.querySelector('[data-exam-finish]')!.addEventListener('click', () => this.#finish());
		// Another tab may finish an exam too.
		store.subscribe(this.#showHistory);
		this.#showHistory(store.progress);
	}

	/** Earlier attempts, newest first, from the learner's progress. */
	#showHistory = (progress: Progress) => {
		const attempts = examAttempts(progress);
		const list = this.querySelector<HTMLElement>('[data-exam-history]')!;
		const format = formatsFor(document.documentElement.lang);
		list.replaceChildren(
			...attempts.map((attempt) =>
				Object.assign(document.createElement('li'), {
					textContent: s.attempt(format.date(attempt.finishedAt), attempt.right, attempt.asked),
				}),
			),
		);
		list.hidden = attempts.length === 0;
		this.querySelector<HTMLElement>('[data-exam-no-history]')!.hidden = attempts.length > 0;
	};

	async #start() {
		const status = this.querySelector('[data-exam-status]')!;
		const start = this.querySelector<HTMLButtonElement>('[data-exam-start]')!;
		start.disabled = true;
		status.textContent = s.loading;
		this.querySelector<HTMLElement>('[data-exam-result]')!.hidden = true;
		this.#drawn = drawExam(this.#input.questions, rubric, Math.random, { avoid: this.#previous }) as Drawn[];
		this.#previous = this.#drawn.map((q) => q.id);
		try {
			const quiz = await this.#paper();
			this.querySelector('[data-exam-questions]')!.replaceChildren(quiz);
			status.textContent = '';
			const paper = this.querySelector<HTMLElement>('[data-exam-paper]')!;
			paper.hidden = false;
			this.querySelector<HTMLButtonElement>('[data-exam-finish]')!.disabled = false;
			paper.querySelector<HTMLElement>('h2')!.focus();
		} catch {
			status.textContent = s.loadFailed;
		} finally {
			start.disabled = false;
		}
	}

	/** One quiz element holding every drawn question, as its bank file draws it. */
	async #paper(): Promise<HTMLElement> {
		const keys: Record<string, unknown> = {};
		const items = await Promise.all(
			this.#drawn.map(async (drawn, i) => {
				const bank = this.#input.banks[drawn.bank]!;
				const question = bankQuestion(await this.#bankFile(bank), drawn.id);
				if (!question) throw new Error(`question ${drawn.id} is not in bank ${bank}`);
				keys[drawn.id] = question.key;
				question.element.querySelector('.dp-number')!.textContent = q.questionOf(i + 1, this.#drawn.length);
				return question.element;
			}),
		);
		const quiz = Object.assign(document.createElement('dp-quiz'), { className: 'dp-quiz' });
		quiz.dataset.bank = 'practice-exam';
		quiz.dataset.exam = '';
		const list = Object.assign(document.createElement('ol'), { className: 'dp-questions' });
		list.append(...items);
		const score = Object.assign(document.createElement('p'), { className: 'dp-score', hidden: true });
		score.dataset.total = String(items.length);
		const keyScript = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(keys) });
		keyScript.dataset.answerKey = '';
		quiz.append(list, score, keyScript);
		return quiz;
	}

	#finish() {
		const quiz = this.querySelector<HTMLElement>('[data-exam]');
		if (!quiz) return;
		const right = new Set<string>();
		const answers: QuizAnsweredDetail[] = [];
		// The answers are saved with the attempt, in one write (#showResult), not one by one.
		const collect = (event: Event) => {
			const { detail } = event as CustomEvent<QuizAnsweredDetail>;
			event.preventDefault();
			answers.push(detail);
			if (detail.correct) right.add(detail.question);
		};
		quiz.addEventListener(QUIZ_ANSWERED, collect);
		// Each question is marked by its own Check, which shows its feedback. The engine runs here and
		// now (a click would wait for the element to load it), so every answer is counted before the
		// listener goes.
		for (const check of quiz.querySelectorAll<HTMLButtonElement>('[data-action="check"]')) pressQuizButton(quiz, check);
		quiz.removeEventListener(QUIZ_ANSWERED, collect);
		quiz.dataset.marked = '';
		this.querySelector<HTMLButtonElement>('[data-exam-finish]')!.disabled = true;
		this.#showResult(right, answers);
	}

	#showResult(right: ReadonlySet<string>, answers: readonly QuizAnsweredDetail[]) {
		const unanswered = this.#drawn.length - new Set(answers.map((answer) => answer.question)).size;
		const result = this.querySelector<HTMLElement>('[data-exam-result]')!;
		this.querySelector('[data-exam-score]')!.textContent = s.score(right.size, this.#drawn.length) + s.unanswered(unanswered);
		const byId = new Map(this.#drawn.map((q) => [q.id, q]));
		const bySkill = examResult(this.#drawn, right, rubric);
		const attempt = {
			finishedAt: Date.now(),
			right: right.size,
			asked: this.#drawn.length,
			skills: Object.fromEntries(
				bySkill.filter((skill) => skill.asked).map((skill) => [skill.skill, { right: skill.right, asked: skill.asked }]),
			),
		};
		const now = Date.now();
		record((progress) =>
			recordExamAttempt(
				answers.reduce((next, answer) => applyQuizAnswer(next, answer, now), progress),
				attempt,
			),
		);
		const lang = contentLangFor(document);
		for (const skill of bySkill) {
			const row = result.querySelector(`tr[data-exam-skill="${skill.skill}"]`)!;
			row.querySelector('[data-exam-right]')!.textContent = skill.asked ? `${skill.right} / ${skill.asked}` : '–';
			const pages = [...new Set(skill.missed.map((id) => byId.get(id)!.reread))].map((i) => this.#input.rereads[i]!);
			const cell = row.querySelector('[data-exam-reread]')!;
			if (!pages.length) {
				cell.replaceChildren(skill.asked ? s.nothingToReread : '');
				continue;
			}
			const list = document.createElement('ul');
			for (const page of pages) {
				const item = document.createElement('li');
				// A lesson's title is course content, in English.
				const link = Object.assign(document.createElement('a'), { href: page.href, textContent: page.title });
				if (lang) link.lang = lang;
				item.append(link);
				list.append(item);
			}
			cell.replaceChildren(list);
		}
		result.hidden = false;
		result.querySelector<HTMLElement>('h2')!.focus();
	}
}

customElements.define('dp-practice-exam', PracticeExam);
