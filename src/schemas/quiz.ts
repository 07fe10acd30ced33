import { z } from 'astro/zod';
import { naming, SkillSchema, StableIdSchema } from './vocabulary';

/** Markdown text: rendered (and escaped) at build, never in the browser. */
const Markdown = z.string().trim().min(1);

/**
 * A place in a lesson to re-read: a docs page id with an optional heading anchor,
 * e.g. "lifecycle/build#artifacts". Resolved against the base path at build.
 */
export const RereadSchema = z
	.string()
	.regex(/^[a-z0-9][a-z0-9/-]*(#[a-z0-9-]+)?$/, 'must be a page id with an optional anchor, e.g. "lifecycle/build#artifacts"');

const QuestionBase = z.object({
	id: StableIdSchema.describe('Unique across all banks. Answers are stored under it: never change or reuse an id.'),
	prompt: Markdown.describe('The question (Markdown).'),
	explanation: Markdown.describe('Why the right answer is right (Markdown), shown after every answer.'),
	skills: z
		.array(SkillSchema, naming('a list of skills'))
		.min(1, naming('at least one skill'))
		.describe('Skills of the readiness rubric the question tests.'),
	hint: Markdown.optional().describe('A nudge the learner can open before answering (Markdown).'),
	reread: RereadSchema.optional().describe(
		'Page to re-read after a wrong answer: a page id with an optional heading anchor, e.g. "lifecycle/build#artifacts".',
	),
});

const Option = z.object({
	text: Markdown.describe('The option (Markdown).'),
	correct: z.boolean().default(false).describe('Marks a right option.'),
	feedback: Markdown.optional().describe(
		'Why this option is wrong (Markdown), shown when the learner picks it. Required on every wrong option.',
	),
});

/** Shown when the answer is wrong, for question types without per-option feedback. */
const WrongAnswerFeedback = z
	.string(naming('feedback shown after a wrong answer (Markdown)'))
	.trim()
	.min(1)
	.describe('Shown after a wrong answer (Markdown).');

export const SingleQuestionSchema = QuestionBase.extend({
	type: z.literal('single'),
	options: z.array(Option).min(3).max(6).describe('The options; exactly one has `correct: true`.'),
	shuffle: z.boolean().default(true).describe('Show the options in random order.'),
});
export const MultipleQuestionSchema = QuestionBase.extend({
	type: z.literal('multiple'),
	options: z.array(Option).min(3).max(8).describe('The options; at least one has `correct: true`.'),
	shuffle: z.boolean().default(true).describe('Show the options in random order.'),
});
export const TrueFalseQuestionSchema = QuestionBase.extend({
	type: z.literal('truefalse'),
	answer: z.boolean().describe('Whether the statement in the prompt is true.'),
	feedback: WrongAnswerFeedback,
});
export const OrderQuestionSchema = QuestionBase.extend({
	type: z.literal('order'),
	items: z.array(Markdown).min(3).max(8).describe('The items in their correct order (Markdown); learners see them shuffled.'),
	feedback: WrongAnswerFeedback,
});
export const MatchQuestionSchema = QuestionBase.extend({
	type: z.literal('match'),
	pairs: z
		.array(z.object({ left: Markdown.describe('An item (Markdown).'), right: Markdown.describe('Its partner (Markdown).') }))
		.min(3)
		.max(8)
		.describe('Each item with its partner; learners see the partners shuffled.'),
	feedback: WrongAnswerFeedback,
});
export const SpotQuestionSchema = QuestionBase.extend({
	type: z.literal('spot'),
	code: z.string().min(1).describe('The excerpt (log, Dockerfile, Terraform, …), shown line by line.'),
	language: z.string().min(1).optional().describe('Language name for screen readers and print, e.g. "Terraform".'),
	answer: z.array(z.number().int()).min(1).describe('Numbers of the lines that hold the problem, counting from 1.'),
	feedback: WrongAnswerFeedback,
});

export const CommandQuestionSchema = QuestionBase.extend({
	type: z.literal('command'),
	accept: z
		.array(z.string().trim().min(1))
		.min(1)
		.describe(
			'Commands that count as right, the first shown in the answer key. Compared after normalising: quotes and extra spaces do not matter, and `tail -50`, `tail -n50` and `tail --lines=50` all read as `tail -n 50`.',
		),
	feedback: WrongAnswerFeedback,
});
export const OutputQuestionSchema = QuestionBase.extend({
	type: z.literal('output'),
	code: z.string().min(1).describe('The command or snippet whose output the learner predicts, shown as code.'),
	language: z.string().min(1).optional().describe('Language name for screen readers and print, e.g. "Bash".'),
	answer: z
		.string()
		.min(1)
		.describe('What it prints. Compared after normalising whitespace: spaces inside a line and blank lines at either end do not matter.'),
	feedback: WrongAnswerFeedback,
});

export const QuestionSchema = z.discriminatedUnion('type', [
	SingleQuestionSchema,
	MultipleQuestionSchema,
	TrueFalseQuestionSchema,
	OrderQuestionSchema,
	MatchQuestionSchema,
	SpotQuestionSchema,
	CommandQuestionSchema,
	OutputQuestionSchema,
]);
/** Each question type's schema, by the `type` value that selects it. */
export const questionSchemas = {
	single: SingleQuestionSchema,
	multiple: MultipleQuestionSchema,
	truefalse: TrueFalseQuestionSchema,
	order: OrderQuestionSchema,
	match: MatchQuestionSchema,
	spot: SpotQuestionSchema,
	command: CommandQuestionSchema,
	output: OutputQuestionSchema,
} as const satisfies Record<z.infer<typeof QuestionSchema>['type'], z.ZodType>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/**
 * A question bank: content/quizzes/<id>.yaml. The authoring rules no schema can say (a wrong
 * option without feedback, a duplicate id) are the bank lint's, which the collection adds
 * (src/lib/quiz/bank-schema.ts), so schemas never import logic.
 */
export const QuizBankSchema = z.object({
	title: z.string().min(1).describe('Name of the bank, used in the study guide.'),
	description: z.string().optional().describe('One line shown above the questions.'),
	questions: z.array(QuestionSchema).min(1).describe('The questions, in the order learners see them.'),
});
export type QuizBank = z.infer<typeof QuizBankSchema>;
