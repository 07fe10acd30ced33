import type { QuestionOf, QuestionType } from '../../../schemas/quiz';
import type { Message, MessageKey } from '../../locale/messages';
import type { PrintedAnswer } from '../../print/worksheet';
import type { Random } from '../random';

/**
 * What a question type is made of: one module per type in this folder, registered in index.ts.
 * A type shows the learner one of a few input kinds that the quiz component, the worksheet and
 * the quiz engine already draw and read, so a new type composes them instead of adding markup.
 */

/** What each input kind holds when the learner presses Check, as the quiz engine reads it from the page. */
export interface InputValues {
	/** Values of the ticked boxes or the picked radio button: authored indexes (true/false: 1 is "true"). */
	choices: number[];
	/** Authored item indexes in the order the learner arranged them. */
	ordered: number[];
	/** For each left item in authored order, the authored index of the partner chosen, or null. */
	pairs: (number | null)[];
	/** Numbers of the ticked code lines, counting from 1. */
	lines: number[];
	/** What the learner typed. */
	text: string;
}
export type InputKind = keyof InputValues;

/** How one answer was judged. */
export interface Score {
	correct: boolean;
	/** Parts right and parts in total: options judged, items in place, pairs, lines. */
	right: number;
	total: number;
	/** Authored indexes (or line numbers) of the learner's choices that are wrong. */
	wrongChoices: number[];
	/** Correct choices the learner left out (multiple, spot). */
	missed: number;
}

/**
 * The part that runs in the browser (the quiz engine) as well as at build: keep it free of
 * Markdown and lint. Works on the answer key the page embeds, never on the question's prose.
 */
export interface ScoringPart<T extends QuestionType, Key extends { type: T }, Answer extends { type: T }, Input extends InputKind> {
	/** The input kind the learner answers with; the view shows the same kind. */
	input: Input;
	/** The answer in the type's own terms, from what its input holds. */
	answer(value: InputValues[Input]): Answer;
	/** Whether Check may judge the answer (otherwise the engine asks for one). */
	isComplete(answer: Answer): boolean;
	/** Throws AnswerMismatchError when the answer cannot belong to the key. */
	score(key: Key, answer: Answer): Score;
	/** A count said under a wrong answer ("2 of 4 items in place"), when the type has parts. */
	summary?(score: Score): Message | undefined;
}

/** A choice as the type describes it, in Markdown; `index` is what the answer key uses. */
export interface ShownChoice {
	index: number;
	markdown: string;
	/** Why this choice is wrong (Markdown), shown after Check when the learner picked it. */
	feedback?: string;
}

/** What a question shows the learner to answer with, in one of the input kinds, before any Markdown is rendered. */
export type Shown =
	/** Boxes or radio buttons; `labels: 'interface'` when the labels are the site's words (True, False), not course content. */
	| { kind: 'choices'; multiple: boolean; labels: 'content' | 'interface'; choices: ShownChoice[] }
	/** Items in display order, to put in order. */
	| { kind: 'ordered'; items: ShownChoice[] }
	/** Left items in authored order; partners in display order. */
	| { kind: 'pairs'; lefts: ShownChoice[]; rights: ShownChoice[] }
	/** Code to tick lines of. */
	| { kind: 'lines'; lines: string[]; language?: string }
	/** A typed answer, after an optional piece of code to read. */
	| { kind: 'text'; label: MessageKey; multiline: boolean; code?: { lines: string[]; language?: string } };

export interface ViewContext {
	/** Seeded by the question id, so the display order is the same in every build and on paper. */
	random: Random;
	/** True and False in the page's language. */
	labels: { true: string; false: string };
}

/** The build part: what the question shows besides its prompt, explanation, hint and feedback. */
export type ViewPart<T extends QuestionType, Input extends InputKind> = (
	question: QuestionOf<T>,
	context: ViewContext,
) => {
	input: Extract<Shown, { kind: Input }>;
	/** Whether each new attempt may show the choices or items in a new order. */
	shuffle?: boolean;
	/** What to do, said under the prompt on screen. */
	instruction?: MessageKey;
};

/** A choice as drawn: rendered HTML; `index` is its authored position, which is what the answer key uses. */
export interface ChoiceView {
	index: number;
	html: string;
	/** Shown after Check when this choice was picked and is wrong. */
	feedbackHtml?: string;
	/** The label as plain text, for interface labels (True, False). */
	text?: string;
}

/** The input kinds as the components draw them, with Markdown rendered. */
export type InputView =
	| { kind: 'choices'; multiple: boolean; labels: 'content' | 'interface'; choices: ChoiceView[] }
	| { kind: 'ordered'; items: ChoiceView[] }
	/** Partners as plain text, for <option>. */
	| { kind: 'pairs'; lefts: ChoiceView[]; rights: { index: number; text: string }[] }
	| { kind: 'lines'; lines: string[]; language?: string }
	| { kind: 'text'; label: MessageKey; multiline: boolean; code?: { lines: string[]; language?: string } };

export interface QuestionView {
	id: string;
	type: QuestionType;
	shuffle: boolean;
	promptHtml: string;
	explanationHtml: string;
	hintHtml?: string;
	reread?: string;
	/** Feedback for a wrong answer to question types without per-option feedback. */
	feedbackHtml?: string;
	instruction?: MessageKey;
	input: InputView;
}

/** The answer-key part of the printed study guide. */
export interface PrintPart<T extends QuestionType, Key extends { type: T }, Input extends InputKind> {
	/** What to do on paper, said under the prompt. */
	instruction: MessageKey;
	/** The right answer in the terms of the worksheet: its letters, numbers and lines. */
	answer(input: Extract<InputView, { kind: Input }>, key: Key, question: QuestionOf<T>): PrintedAnswer;
}

/** Everything one question type adds: its scoring, lint, view and print parts. */
export interface QuestionTypeModule<T extends QuestionType, Key extends { type: T }, Answer extends { type: T }, Input extends InputKind> {
	scoring: ScoringPart<T, Key, Answer, Input>;
	/** The key the page embeds: which answers are right, none of the prose. Indexes are authored positions. */
	key(question: QuestionOf<T>): Key;
	/** Authoring rules the schema cannot say, as messages naming what to fix. */
	lint(question: QuestionOf<T>): string[];
	/** Whether the answer is a whole arrangement a stuck learner can only guess: then the bank-wide lint asks for a hint. */
	hintRequired: boolean;
	view: ViewPart<T, Input>;
	print: PrintPart<T, Key, Input>;
}
