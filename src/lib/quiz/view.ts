import type { Question } from '../../schemas/quiz';
import { codeLines } from './lint';
import { renderInlineMarkdown, renderMarkdown } from '../html/markdown';
import { seededRandom, shuffledIndexes } from './scoring';

/** A choice as drawn: `index` is its authored position, which is what the answer key uses. */
export interface ChoiceView {
	index: number;
	html: string;
	/** Shown after Check when this choice was picked and is wrong. */
	feedbackHtml?: string;
	/** The label as plain text, for true/false, whose labels are interface strings rather than Markdown. */
	text?: string;
}

/** The words a true/false question offers, in the page's language. */
export interface TrueFalseLabels {
	true: string;
	false: string;
}

export interface QuestionView {
	id: string;
	type: Question['type'];
	/** Whether each new attempt may show the choices or items in a new order. */
	shuffle: boolean;
	promptHtml: string;
	explanationHtml: string;
	hintHtml?: string;
	reread?: string;
	/** Feedback for a wrong answer to question types without per-option feedback. */
	feedbackHtml?: string;
	/** single, multiple, truefalse: options in display order. */
	choices: ChoiceView[];
	/** order: items in display order (never the right order). */
	items: ChoiceView[];
	/** match: left items in authored order and right items in display order, as plain text for <option>. */
	lefts: ChoiceView[];
	rights: { index: number; text: string }[];
	/** spot, output: the code, line by line */
	lines: string[];
	language?: string;
}

/**
 * Everything the quiz markup needs, rendered from Markdown at build. The display order is a
 * shuffle seeded by the question id: stable across builds and in print, and never the answer.
 */
export async function viewQuestion(question: Question, labels: TrueFalseLabels): Promise<QuestionView> {
	const random = seededRandom(question.id);
	const inline = (markdown: string) => renderInlineMarkdown(markdown);
	const base = {
		id: question.id,
		type: question.type,
		shuffle: question.type === 'order' || ((question.type === 'single' || question.type === 'multiple') && question.shuffle),
		promptHtml: await inline(question.prompt),
		explanationHtml: await renderMarkdown(question.explanation),
		hintHtml: question.hint ? await renderMarkdown(question.hint) : undefined,
		reread: question.reread,
		feedbackHtml: 'feedback' in question && typeof question.feedback === 'string' ? await renderMarkdown(question.feedback) : undefined,
		choices: [] as ChoiceView[],
		items: [] as ChoiceView[],
		lefts: [] as ChoiceView[],
		rights: [] as { index: number; text: string }[],
		lines: [] as string[],
	};
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const order = question.shuffle ? shuffledIndexes(question.options.length, random) : question.options.map((_, i) => i);
			base.choices = await Promise.all(
				order.map(async (index) => {
					const option = question.options[index]!;
					return { index, html: await inline(option.text), feedbackHtml: option.feedback ? await renderMarkdown(option.feedback) : undefined };
				}),
			);
			return base;
		}
		case 'truefalse':
			// Authored as true/false; index 1 stands for "true" in the answer key's wrong choices.
			base.choices = [
				{ index: 1, html: await inline(labels.true), text: labels.true },
				{ index: 0, html: await inline(labels.false), text: labels.false },
			];
			return base;
		case 'order':
			base.items = await Promise.all(
				shuffledIndexes(question.items.length, random, true).map(async (index) => ({ index, html: await inline(question.items[index]!) })),
			);
			return base;
		case 'match':
			base.lefts = await Promise.all(question.pairs.map(async (pair, index) => ({ index, html: await inline(pair.left) })));
			base.rights = await Promise.all(
				shuffledIndexes(question.pairs.length, random, true).map(async (index) => ({ index, text: htmlToText(await inline(question.pairs[index]!.right)) })),
			);
			return base;
		case 'spot':
		case 'output':
			return { ...base, lines: codeLines(question.code), language: question.language };
		case 'command':
			return base;
	}
}

/** Text of rendered inline Markdown, for places that only take text such as <option>. */
export function htmlToText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}
