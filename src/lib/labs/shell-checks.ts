import type { LabState, ShellCheck } from '../../schemas/lab';
import { normaliseCommandLine } from './command-line';
import { textMatches } from './text-match';

/** What one command left behind, which a task's checks are judged on. */
export interface CommandOutcome {
	/** The line as the learner typed it. */
	commandLine: string;
	/** Standard output and standard error, in that order. */
	output: string;
	/** The text of a file in the lab's filesystem, or undefined when there is none. */
	readFile: (path: string) => Promise<string | undefined>;
	state: LabState;
}

export async function checkPasses(check: ShellCheck, outcome: CommandOutcome): Promise<boolean> {
	switch (check.kind) {
		case 'output':
			if (check.command !== undefined && !new RegExp(check.command).test(normaliseCommandLine(outcome.commandLine))) return false;
			return textMatches(outcome.output, check);
		case 'file': {
			const text = await outcome.readFile(check.path);
			return text !== undefined && textMatches(text, check);
		}
		case 'state':
			return outcome.state[check.key] === check.equals;
	}
}

/** A task passes when every one of its checks holds after the same command. */
export async function taskPasses(checks: readonly ShellCheck[], outcome: CommandOutcome): Promise<boolean> {
	for (const check of checks) if (!(await checkPasses(check, outcome))) return false;
	return true;
}
