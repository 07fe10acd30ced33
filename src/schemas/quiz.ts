import { z } from 'astro/zod';
import { lintQuizBank } from '../lib/quiz-lint';
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
	id: StableIdSchema,
	prompt: Markdown,
	/** Why the right answer is right. */
	explanation: Markdown,
	skills: z.array(SkillSchema, naming('a list of skills')).min(1, naming('at least one skill')),
	hint: Markdown.optional(),
	reread: RereadSchema.optional(),
});

const Option = z.object({
	text: Markdown,
	correct: z.boolean().default(false),
	/** Shown when the learner picks this option and it is wrong. */
	feedback: Markdown.optional(),
});

/** Shown when the answer is wrong, for question types without per-option feedback. */
const WrongAnswerFeedback = Markdown.optional();

export const SingleQuestionSchema = QuestionBase.extend({
	type: z.literal('single'),
	options: z.array(Option).min(3).max(6),
	shuffle: z.boolean().default(true),
});
export const MultipleQuestionSchema = QuestionBase.extend({
	type: z.literal('multiple'),
	options: z.array(Option).min(3).max(8),
	shuffle: z.boolean().default(true),
});
export const TrueFalseQuestionSchema = QuestionBase.extend({
	type: z.literal('truefalse'),
	answer: z.boolean(),
	feedback: WrongAnswerFeedback,
});
export const OrderQuestionSchema = QuestionBase.extend({
	type: z.literal('order'),
	/** The items in their correct order; learners see them shuffled. */
	items: z.array(Markdown).min(3).max(8),
	feedback: WrongAnswerFeedback,
});
export const MatchQuestionSchema = QuestionBase.extend({
	type: z.literal('match'),
	/** Each left item with its partner; learners see the partners shuffled. */
	pairs: z.array(z.object({ left: Markdown, right: Markdown })).min(3).max(8),
	feedback: WrongAnswerFeedback,
});
export const SpotQuestionSchema = QuestionBase.extend({
	type: z.literal('spot'),
	/** The excerpt (log, Dockerfile, Terraform, …), shown line by line. */
	code: z.string().min(1),
	/** Language name for screen-reader and print labels, e.g. "Terraform". */
	language: z.string().min(1).optional(),
	/** 1-based numbers of the lines that hold the problem. */
	answer: z.array(z.number().int()).min(1),
	feedback: WrongAnswerFeedback,
});

export const QuestionSchema = z.discriminatedUnion('type', [
	SingleQuestionSchema,
	MultipleQuestionSchema,
	TrueFalseQuestionSchema,
	OrderQuestionSchema,
	MatchQuestionSchema,
	SpotQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** A question bank: content/quizzes/<id>.yaml. */
export const QuizBankSchema = z
	.object({
		title: z.string().min(1),
		description: z.string().optional(),
		questions: z.array(QuestionSchema).min(1),
	})
	.superRefine((bank, ctx) => {
		for (const problem of lintQuizBank(bank)) {
			ctx.addIssue({
				code: 'custom',
				path: problem.index === undefined ? ['questions'] : ['questions', problem.index],
				message: problem.questionId ? `question "${problem.questionId}": ${problem.message}` : problem.message,
			});
		}
	});
export type QuizBank = z.infer<typeof QuizBankSchema>;
