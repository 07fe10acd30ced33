import { quizStrings } from '../../config/strings/quiz';
import { contentLangFor, interfaceLangIn, withContent } from '../locale/content-lang';
import { pageStrings } from '../locale/page-strings';
import { say } from '../../lib/locale/messages';
import { reportAnswer } from '../../lib/quiz/events';
import { shuffledIndexes } from '../../lib/quiz/random';
import { scoreAnswer, scorerOf, type AnswerKey, type Score } from '../../lib/quiz/scoring';
import type { InputKind, InputValues } from '../../lib/quiz/types/contract';
// Checked answers go into the learner's progress as soon as the engine is here.
import '../progress/quiz-answers';

const t = pageStrings();
const s = quizStrings(t);

/**
 * What a quiz does once the learner first presses one of its buttons: reads answers from native
 * inputs, scores them against the answer key embedded in the page and reveals build-rendered
 * feedback by cloning <template>s (never by parsing strings). The element itself
 * (quiz-element.ts) is tiny and loads this on that first press.
 */
interface QuizState {
	key: Record<string, AnswerKey>;
	results: Map<string, boolean>;
}

const states = new WeakMap<HTMLElement, QuizState>();

function stateOf(quiz: HTMLElement): QuizState {
	let state = states.get(quiz);
	if (!state) {
		const keyScript = quiz.querySelector('script[data-answer-key]');
		state = { key: JSON.parse(keyScript?.textContent ?? '{}'), results: new Map() };
		states.set(quiz, state);
	}
	return state;
}

/** A button of the quiz was pressed. */
export function pressQuizButton(quiz: HTMLElement, button: HTMLButtonElement) {
	const question = button.closest<HTMLElement>('.dp-question');
	if (!question || !quiz.contains(question)) return;
	if (button.dataset.action === 'check') check(quiz, question);
	else if (button.dataset.action === 'retry') retry(question);
	else if (button.dataset.move) move(button, question, button.dataset.move === 'up' ? -1 : 1);
}

function check(quiz: HTMLElement, question: HTMLElement) {
	const { key: keys, results } = stateOf(quiz);
	const id = question.dataset.question!;
	const key = keys[id]!;
	const scorer = scorerOf(key.type);
	const answer = scorer.answer(readers[scorer.input](question));
	const unsure = question.querySelector<HTMLInputElement>('[data-unsure]')?.checked ?? false;
	const feedback = question.querySelector<HTMLElement>('.dp-feedback')!;
	if (!scorer.isComplete(answer)) {
		feedback.removeAttribute('data-result');
		feedback.textContent = scorer.input === 'pairs' ? s.matchAllFirst : scorer.input === 'text' ? s.typeFirst : s.chooseFirst;
		return;
	}
	const score = scoreAnswer(key, answer);
	showFeedback(question, feedback, key, score);
	setLocked(question, true);
	results.set(id, score.correct);
	updateScore(quiz, results);
	reportAnswer(quiz, { bank: quiz.dataset.bank!, question: id, correct: score.correct, unsure });
}

function retry(question: HTMLElement) {
	const feedback = question.querySelector<HTMLElement>('.dp-feedback')!;
	feedback.replaceChildren();
	feedback.removeAttribute('data-result');
	for (const mark of question.querySelectorAll('.dp-mark')) mark.remove();
	for (const input of question.querySelectorAll('input')) input.checked = false;
	for (const select of question.querySelectorAll('select')) select.value = '';
	for (const typed of question.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-typed]')) typed.value = '';
	reshuffle(question);
	setLocked(question, false);
	question.querySelector<HTMLElement>('input, select, textarea, [data-move]')?.focus();
}

function move(button: HTMLElement, question: HTMLElement, step: -1 | 1) {
	const item = button.closest('li')!;
	const list = item.parentElement!;
	const items = [...list.children];
	const from = items.indexOf(item);
	const to = from + step;
	const text = item.querySelector('.dp-item-text')!.textContent!.trim();
	const announcer = question.querySelector('.dp-announcer')!;
	// The item's text is course content: on a page in another language it is read as English.
	const lang = contentLangFor(document);
	if (to < 0 || to >= items.length) {
		announcer.replaceChildren(...withContent(step < 0 ? s.alreadyFirst : s.alreadyLast, text, lang));
		return;
	}
	if (step < 0) list.insertBefore(item, items[to]!);
	else list.insertBefore(item, items[to]!.nextSibling);
	button.focus();
	announcer.replaceChildren(...withContent((value) => s.moved(value, to + 1, items.length), text, lang));
}

function updateScore(quiz: HTMLElement, results: Map<string, boolean>) {
	const score = quiz.querySelector<HTMLElement>('.dp-score')!;
	const total = Number(score.dataset.total);
	const correct = [...results.values()].filter(Boolean).length;
	score.textContent = results.size === total ? s.score(correct, total) : s.scorePending(results.size, total);
}

const checkedValues = (question: HTMLElement) =>
	[...question.querySelectorAll<HTMLInputElement>('input:checked:not([data-unsure])')].map((input) => Number(input.value));

/** What each input kind holds, read from the native inputs QuizQuestion.astro draws for it. */
const readers: { [K in InputKind]: (question: HTMLElement) => InputValues[K] } = {
	choices: checkedValues,
	lines: checkedValues,
	ordered: (question) => [...question.querySelectorAll<HTMLElement>('.dp-order > li')].map((li) => Number(li.dataset.index)),
	pairs: (question) =>
		[...question.querySelectorAll<HTMLSelectElement>('select[data-left]')]
			.sort((a, b) => Number(a.dataset.left) - Number(b.dataset.left))
			.map((select) => (select.value === '' ? null : Number(select.value))),
	text: (question) => question.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-typed]')?.value ?? '',
};

function showFeedback(question: HTMLElement, feedback: HTMLElement, key: AnswerKey, score: Score) {
	const parts: Node[] = [paragraph(score.correct ? s.correct : s.notQuite, true)];
	if (!score.correct) {
		// A wrong choice's own feedback where the type has it, else the question's feedback for any wrong answer.
		for (const choice of score.wrongChoices) parts.push(...cloneTemplate(question, String(choice)));
		parts.push(...cloneTemplate(question, 'any'));
		const summary = scorerOf(key.type).summary?.(score);
		if (summary) parts.push(paragraph(say(t, summary)));
	}
	parts.push(...cloneTemplate(question, 'explanation'));
	feedback.dataset.result = score.correct ? 'right' : 'wrong';
	feedback.replaceChildren(...parts);
	markChoices(question, scorerOf(key.type).input, score);
}

/** Text marks beside each judged part, so the result never relies on colour alone. */
function markChoices(question: HTMLElement, input: InputKind, score: Score) {
	const mark = (host: Element, right: boolean, rightText: string, wrongText: string) => {
		const span = document.createElement('span');
		span.className = 'dp-mark';
		span.dataset.result = right ? 'right' : 'wrong';
		span.textContent = `${right ? '✓' : '✗'} ${right ? rightText : wrongText}`;
		// An order item's text is English course content; the mark inside it is in the page's language.
		const lang = interfaceLangIn(host);
		if (lang) span.lang = lang;
		host.append(span);
	};
	if (input === 'ordered') {
		question.querySelectorAll<HTMLElement>('.dp-order > li').forEach((li, position) => {
			mark(li.querySelector('.dp-item-text')!, Number(li.dataset.index) === position, s.inPlace, s.outOfPlace);
		});
	} else if (input === 'pairs') {
		for (const select of question.querySelectorAll<HTMLSelectElement>('select[data-left]')) {
			mark(select.parentElement!, select.value === select.dataset.left, s.pairRight, s.pairWrong);
		}
	} else {
		for (const checked of question.querySelectorAll<HTMLInputElement>('input:checked:not([data-unsure])')) {
			mark(checked.closest('label')!, !score.wrongChoices.includes(Number(checked.value)), s.yourChoiceRight, s.yourChoiceWrong);
		}
	}
}

function setLocked(question: HTMLElement, locked: boolean) {
	for (const control of question.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement>(
		'input, select, textarea, [data-move]',
	)) {
		control.disabled = locked;
	}
	const check = question.querySelector<HTMLButtonElement>('[data-action="check"]')!;
	const retry = question.querySelector<HTMLButtonElement>('[data-action="retry"]')!;
	check.hidden = locked;
	retry.hidden = !locked;
	// Focus follows the visible button so keyboard users stay in place.
	(locked ? retry : check).focus({ preventScroll: true });
}

/** Each attempt sees its options in a new order; the first attempt uses the build's order. */
function reshuffle(question: HTMLElement) {
	if (question.dataset.shuffle !== 'true') return;
	for (const list of question.querySelectorAll<HTMLElement>('.dp-choices, .dp-order')) {
		const items = [...list.children];
		list.append(...shuffledIndexes(items.length, Math.random, list.classList.contains('dp-order')).map((i) => items[i]!));
	}
}

function cloneTemplate(question: HTMLElement, name: string): Node[] {
	const selector = name === 'explanation' ? 'template[data-explanation]' : `template[data-feedback="${name}"]`;
	const template = question.querySelector<HTMLTemplateElement>(selector);
	return template ? [...template.content.cloneNode(true).childNodes] : [];
}

function paragraph(text: string, strong = false): HTMLElement {
	const p = document.createElement('p');
	if (strong) {
		const b = document.createElement('strong');
		b.textContent = text;
		p.append(b);
	} else {
		p.textContent = text;
	}
	return p;
}
