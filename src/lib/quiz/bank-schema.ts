import { QuizBankSchema } from '../../schemas/quiz';
import { lintQuizBank } from './lint';

/**
 * The bank schema with the bank lint as one more check: what the quizzes collection validates
 * with (content.config.ts), so a lint problem fails the build naming the file and question.
 * The schema stays free of logic; the lint depends on the schema, never the reverse.
 */
export const CheckedQuizBankSchema = QuizBankSchema.superRefine((bank, ctx) => {
	for (const problem of lintQuizBank(bank)) {
		ctx.addIssue({
			code: 'custom',
			path: problem.index === undefined ? ['questions'] : ['questions', problem.index],
			message: problem.questionId ? `question "${problem.questionId}": ${problem.message}` : problem.message,
		});
	}
});
