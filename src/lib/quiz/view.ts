import type { Question, QuestionType } from '../../schemas/quiz';
import { renderInlineMarkdown, renderMarkdown } from '../html/markdown';
import { seededRandom } from './random';
import type { InputKind, InputView, QuestionView, Shown, ShownChoice, ViewContext, ViewPart } from './types/contract';
import { questionTypes } from './types/index';

export type { ChoiceView, InputView, QuestionView } from './types/contract';

/** The words a true/false question offers, in the page's language. */
export type TrueFalseLabels = ViewContext['labels'];

/**
 * Everything the quiz markup needs, rendered from Markdown at build: the parts every question
 * has, and what its type shows (src/lib/quiz/types/). The display order is a shuffle seeded by
 * the question id: stable across builds and in print, and never the answer.
 */
export async function viewQuestion(question: Question, labels: TrueFalseLabels): Promise<QuestionView> {
	// Each type's view takes its own questions only; `question.type` picked that view.
	const view = questionTypes[question.type].view as (question: Question, context: ViewContext) => Shows;
	const shows = view(question, { random: seededRandom(question.id), labels });
	return {
		id: question.id,
		type: question.type,
		shuffle: shows.shuffle ?? false,
		promptHtml: await renderInlineMarkdown(question.prompt),
		explanationHtml: await renderMarkdown(question.explanation),
		hintHtml: question.hint ? await renderMarkdown(question.hint) : undefined,
		reread: question.reread,
		feedbackHtml: 'feedback' in question ? await renderMarkdown(question.feedback) : undefined,
		instruction: shows.instruction,
		input: await rendered(shows.input),
	};
}

type Shows = ReturnType<ViewPart<QuestionType, InputKind>>;

async function rendered(shown: Shown): Promise<InputView> {
	const inline = (choice: ShownChoice) => renderInlineMarkdown(choice.markdown);
	switch (shown.kind) {
		case 'choices':
			return {
				...shown,
				choices: await Promise.all(
					shown.choices.map(async (choice) => ({
						index: choice.index,
						html: await inline(choice),
						feedbackHtml: choice.feedback ? await renderMarkdown(choice.feedback) : undefined,
						// Interface labels are the site's words: a worksheet's answer key says them as they are.
						text: shown.labels === 'interface' ? choice.markdown : undefined,
					})),
				),
			};
		case 'ordered':
			return {
				kind: 'ordered',
				items: await Promise.all(shown.items.map(async (item) => ({ index: item.index, html: await inline(item) }))),
			};
		case 'pairs':
			return {
				kind: 'pairs',
				lefts: await Promise.all(shown.lefts.map(async (left) => ({ index: left.index, html: await inline(left) }))),
				rights: await Promise.all(shown.rights.map(async (right) => ({ index: right.index, text: htmlToText(await inline(right)) }))),
			};
		case 'lines':
		case 'text':
			return shown;
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
