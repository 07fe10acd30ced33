import { say, type Message, type Translate } from '../../src/lib/locale/messages';
import { inEnglish } from './english';

type Said<T> = T extends { problem: Message } ? Omit<T, 'problem'> & { problem: string } : T;

/**
 * A result with its `problem` in words, as a page in English (or `t`'s language) shows it, so a
 * test asserts the sentence a learner reads rather than its key.
 */
export function said<T extends object>(result: T, t: Translate = inEnglish): Said<T> {
	const problem = (result as { problem?: Message }).problem;
	return (problem ? { ...result, problem: say(t, problem) } : result) as Said<T>;
}

/** The problem of a result that must have one, in words; a result without one fails the test. */
export function problemOf(result: object, t: Translate = inEnglish): string {
	const problem = (result as { problem?: Message }).problem;
	if (!problem) throw new Error(`Expected a problem, got ${JSON.stringify(result)}`);
	return say(t, problem);
}
