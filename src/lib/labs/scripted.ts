import type { LabState, ScriptedCommand } from '../../schemas/lab';

export interface ScriptedAnswer {
	output: string;
	exitCode: number;
	/** The state after the command: `set` applied over the state before. */
	state: LabState;
}

/** Whether every name in `when` holds its value in the state. */
export function stateHolds(state: LabState, when: LabState | undefined): boolean {
	return Object.entries(when ?? {}).every(([key, value]) => state[key] === value);
}

/**
 * The first entry whose pattern matches the normalised line and whose `when` holds, in file
 * order, so authors write the special cases above the general one.
 */
export function answerScripted(commands: readonly ScriptedCommand[], state: LabState, line: string): ScriptedAnswer | undefined {
	const entry = commands.find((command) => new RegExp(command.pattern).test(line) && stateHolds(state, command.when));
	if (!entry) return undefined;
	return { output: entry.output, exitCode: entry.exitCode, state: { ...state, ...entry.set } };
}
