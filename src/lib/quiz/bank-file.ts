import type { Question } from '../../schemas/quiz';
import { answerKeyOf, type AnswerKey } from './scoring';

/**
 * One question bank as a page that asks its questions away from the lesson (the Review page, the
 * practice exam) draws and checks them. The build writes one file per bank and language
 * (/quiz-banks/<bank>.json, /<locale>/quiz-banks/<bank>.json): a page fetches only the banks of the
 * questions it shows, once per visit, so what it downloads does not grow with the course.
 */
export interface BankFile {
	/** The page that teaches the bank, in the file's language; `lang` is the title's when it is not that language. */
	lesson: { title: string; href: string; lang?: string };
	/** Each question as the lesson draws it (its markup, from the lesson's own component) and its answer key. */
	questions: { id: string; html: string; key: AnswerKey }[];
}

/** The folder of the bank files, under the site's (or a language's) address. */
export const BANK_FILES_FOLDER = 'quiz-banks';

/** Draws one question of a bank as its lesson does: position `number` of `total`. */
export type DrawQuestion = (question: Question, number: number, total: number) => Promise<string>;

export async function bankFile(questions: readonly Question[], lesson: BankFile['lesson'], draw: DrawQuestion): Promise<BankFile> {
	const drawn = questions.map(async (question, i) => ({
		id: question.id,
		html: await draw(question, i + 1, questions.length),
		key: answerKeyOf(question),
	}));
	return { lesson, questions: await Promise.all(drawn) };
}
