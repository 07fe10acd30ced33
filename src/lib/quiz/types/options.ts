import type { QuestionOf } from '../../../schemas/quiz';
import { lettered } from '../../print/worksheet';
import { shuffledIndexes, type Random } from '../random';
import type { ChoiceView, Shown } from './contract';
import { clip, duplicates } from './lint-rules';

/** What single- and multiple-choice questions share: authored options, each right or wrong with its own feedback. */
type OptionsQuestion = QuestionOf<'single'> | QuestionOf<'multiple'>;

const ALL_OR_NONE_OF_THE_ABOVE = /\b(all|none|both|neither) of the (above|following)\b/i;

export function lintOptions(question: OptionsQuestion): string[] {
	const problems: string[] = [];
	if (!question.options.some((option) => option.correct)) problems.push('no option is marked `correct: true`');
	question.options.forEach((option, i) => {
		if (!option.correct && !option.feedback) problems.push(`wrong option ${i + 1} ("${clip(option.text)}") has no feedback`);
	});
	if (question.shuffle) {
		const offending = question.options.find((option) => ALL_OR_NONE_OF_THE_ABOVE.test(option.text));
		if (offending) {
			problems.push(`option "${clip(offending.text)}" depends on position but options are shuffled; rewrite it or set shuffle: false`);
		}
	}
	problems.push(
		...duplicates(
			question.options.map((option) => option.text),
			'option',
		),
	);
	return problems;
}

/** The options in display order: shuffled by the question's seed unless the author keeps their order. */
export function shownOptions(question: OptionsQuestion, random: Random, multiple: boolean): Extract<Shown, { kind: 'choices' }> {
	const order = question.shuffle ? shuffledIndexes(question.options.length, random) : question.options.map((_, i) => i);
	return {
		kind: 'choices',
		multiple,
		labels: 'content',
		choices: order.map((index) => {
			const option = question.options[index]!;
			return { index, markdown: option.text, feedback: option.feedback };
		}),
	};
}

/** Right options named by their worksheet letters. */
export function printedOptions(choices: readonly ChoiceView[], right: (index: number) => boolean) {
	return { kind: 'choices' as const, choices: lettered(choices, right) };
}
