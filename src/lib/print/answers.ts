import type { AnswerKey } from '../quiz/scoring';
import type { QuestionView } from '../quiz/view';

/** A printed choice, named by the letter it carries on the worksheet. */
export interface LabelledChoice {
	label: string;
	html: string;
}

/** A question's right answer in the terms of the printed worksheet (its letters and line numbers). */
export type PrintedAnswer =
	| { kind: 'text'; text: string }
	| { kind: 'choices'; choices: LabelledChoice[] }
	/** Worksheet items from first to last. */
	| { kind: 'sequence'; items: LabelledChoice[] }
	/** For each numbered item, the letter of its partner. */
	| { kind: 'pairs'; pairs: { number: number; leftHtml: string; label: string; rightText: string }[] }
	| { kind: 'lines'; lines: { number: number; text: string }[] }
	/** A command or an output, shown as code. */
	| { kind: 'code'; text: string };

/** Worksheets letter choices A, B, C … in display order. */
export const letter = (position: number) => String.fromCharCode(65 + position);

/** `display` is the authored text of a typed answer (the first accepted command, the output), which the key holds normalised. */
export function answerOf(view: QuestionView, key: AnswerKey, display?: string): PrintedAnswer {
	const labelled = (choices: QuestionView['choices'], keep: (index: number) => boolean): LabelledChoice[] =>
		choices.flatMap((choice, position) => (keep(choice.index) ? [{ label: letter(position), html: choice.html }] : []));
	if (key.type !== view.type) throw new Error(`question "${view.id}": a ${key.type} key does not fit a ${view.type} question`);
	switch (key.type) {
		case 'truefalse':
			// The view holds the labels in the page's language; 1 stands for "true".
			return { kind: 'text', text: view.choices.find((choice) => choice.index === (key.correct ? 1 : 0))?.text ?? String(key.correct) };
		case 'single':
			return { kind: 'choices', choices: labelled(view.choices, (index) => index === key.correct) };
		case 'multiple':
			return { kind: 'choices', choices: labelled(view.choices, (index) => key.correct.includes(index)) };
		case 'order': {
			// Items are authored in the right order, so an item's authored index is its place.
			const items = view.items.map((item, position) => ({ place: item.index, label: letter(position), html: item.html }));
			return { kind: 'sequence', items: items.sort((a, b) => a.place - b.place).map(({ label, html }) => ({ label, html })) };
		}
		case 'match':
			return {
				kind: 'pairs',
				pairs: view.lefts.map((left, position) => {
					const partner = view.rights.findIndex((right) => right.index === left.index);
					return { number: position + 1, leftHtml: left.html, label: letter(partner), rightText: view.rights[partner]!.text };
				}),
			};
		case 'command':
			return { kind: 'code', text: display ?? key.accept[0]! };
		case 'output':
			return { kind: 'code', text: display ?? key.expected };
		case 'spot':
			return { kind: 'lines', lines: [...key.correct].sort((a, b) => a - b).map((number) => ({ number, text: view.lines[number - 1] ?? '' })) };
	}
}
