import type { BankFile } from '../../lib/quiz/bank-file';
import type { AnswerKey } from '../../lib/quiz/scoring';
import { fetchCourseFile } from '../progress/course-file';

/**
 * The question bank files of this site in the page's language (src/lib/quiz/bank-file.ts), each
 * fetched once per visit, for pages that ask a lesson's questions away from it. `folder` is their
 * address, which the page's component writes. A bank that did not load is asked for again next time.
 */
export function bankFileLoader(folder: string): (bank: string) => Promise<BankFile> {
	const files = new Map<string, Promise<BankFile>>();
	return (bank) => {
		let loading = files.get(bank);
		if (!loading) {
			const source = `${folder}${bank}.json`;
			loading = fetchCourseFile<BankFile>(source).then((loaded) => {
				if (loaded.ok) return loaded.data;
				files.delete(bank);
				throw new Error(`${source}: ${loaded.reason}`);
			});
			files.set(bank, loading);
		}
		return loading;
	};
}

/**
 * A question of a bank file, ready to go in a quiz: its element, made from the markup the build
 * wrote (never from a learner's or stored string), and its answer key. Undefined when the bank
 * has no such question (the file is from another build).
 */
export function bankQuestion(file: BankFile, id: string): { element: HTMLElement; key: AnswerKey } | undefined {
	const question = file.questions.find((candidate) => candidate.id === id);
	if (!question) return undefined;
	// Parsed as an inert document, so nothing in it runs until it is adopted here.
	const parsed = new DOMParser().parseFromString(`<ol>${question.html}</ol>`, 'text/html');
	const element = parsed.querySelector<HTMLElement>('.dp-question');
	return element ? { element: document.importNode(element, true), key: question.key } : undefined;
}
