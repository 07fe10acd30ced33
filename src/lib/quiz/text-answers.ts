import { shellWords } from '../labs/shell-words';

/**
 * Typed answers (command and output questions) compared in a canonical form, so that what a
 * shell treats as the same command, or what reads as the same output, scores the same.
 */

/**
 * A command as one canonical line: words unquoted and joined by single spaces, `--option=value`
 * split in two, and head's and tail's line counts (`-50`, `-n50`, `--lines=50`, `--lines 50`)
 * all written `-n 50`.
 */
export function normaliseCommandAnswer(line: string): string {
	let program: string | undefined;
	return shellWords(line)
		.flatMap((word) => {
			if (/^(?:\|\|?|&&|;)$/.test(word)) {
				program = undefined;
				return [word];
			}
			if (program === undefined) {
				program = word;
				return [word];
			}
			if (program === 'head' || program === 'tail') {
				if (word === '--lines') return ['-n'];
				const count = /^(?:-n?|--lines=)(\d+)$/.exec(word);
				if (count) return ['-n', count[1]!];
			}
			const long = /^(--[\w-]+)=(.*)$/.exec(word);
			return long ? [long[1]!, long[2]!] : [word];
		})
		.join(' ');
}

/** Output compared line by line, with spaces inside a line collapsed and blank lines at either end dropped. */
export function normaliseOutput(text: string): string {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim().replace(/\s+/g, ' '))
		.join('\n')
		.replace(/^\n+|\n+$/g, '');
}
