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

/** The choices `keep` picks by authored index, each with the letter of its place on the worksheet. */
export function lettered(choices: readonly { index: number; html: string }[], keep: (index: number) => boolean): LabelledChoice[] {
	return choices.flatMap((choice, position) => (keep(choice.index) ? [{ label: letter(position), html: choice.html }] : []));
}
