import { recordStrings } from '../../config/strings/passport';
import { formatsFor } from '../../lib/locale/format';
import { courseRecord } from '../../lib/passport/course-record';
import type { PassportOutline } from '../../lib/passport/outline';
import type { Progress } from '../../schemas/progress';
import { contentLangFor, contentText } from '../locale/content-lang';
import { pageStrings } from '../locale/page-strings';
import { store } from '../progress/page-store';
import { tableRows } from './table-rows';

const s = recordStrings(pageStrings());

/** The course record page: what the learner completed, with dates and scores, to print. */
class CourseRecordElement extends HTMLElement {
	#outline!: PassportOutline;

	connectedCallback() {
		this.#outline = JSON.parse(this.querySelector('script[data-outline]')!.textContent!);
		store.subscribe((progress) => this.#render(progress));
		this.#render(store.progress);
	}

	#render(progress: Progress) {
		const f = formatsFor(document.documentElement.lang);
		const record = courseRecord(this.#outline, progress);
		// Titles of lessons, labs and checklists, and checklist items, are course content, in English.
		const lang = contentLangFor(document);
		const content = (text: string) => contentText(text, lang);
		const { totals } = record;
		this.querySelector('[data-record-summary]')!.textContent = s.summary(
			totals.lessonsDone,
			totals.lessons,
			totals.labsDone,
			totals.labs,
			f,
		);
		this.querySelector('[data-record-date]')!.textContent = s.printedOn(f.date(Date.now()));
		this.#rows(
			'lessons',
			record.lessons.map((lesson) => [
				link(lesson.href, lesson.title, lang),
				lesson.section,
				f.date(lesson.completedAt),
				lesson.quiz ? s.quizScore(lesson.quiz.right, lesson.quiz.answered, lesson.quiz.total, f) : s.noQuiz,
			]),
		);
		this.#rows(
			'labs',
			record.labs.map((lab) => [content(lab.title), content(lab.lesson), f.number(lab.tasks), f.date(lab.passedAt)]),
		);
		this.#rows(
			'checks',
			record.checks.map((check) => [content(check.checklist), content(check.text), f.date(check.doneAt)]),
		);
		this.#rows(
			'exams',
			record.exams.map((exam) => [f.date(exam.finishedAt), s.examScore(exam.right, exam.asked, f)]),
		);
	}

	#rows(table: string, rows: (string | Node)[][]) {
		this.querySelector(`[data-record-rows="${table}"]`)!.replaceChildren(...tableRows(rows));
		this.querySelector<HTMLElement>(`[data-record-region="${table}"]`)!.hidden = rows.length === 0;
		this.querySelector<HTMLElement>(`[data-record-empty="${table}"]`)!.hidden = rows.length > 0;
	}
}

function link(href: string, text: string, lang: string | undefined) {
	const a = Object.assign(document.createElement('a'), { href, textContent: text });
	if (lang) a.lang = lang;
	return a;
}

customElements.define('dp-course-record', CourseRecordElement);
