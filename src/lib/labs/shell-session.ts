import type { Bash, defineCommand } from 'just-bash';
import type { LabState, ShellLab } from '../../schemas/lab';
import { joinInvocation } from './command-line';
import { limitOutput, type LimitedOutput } from './output-limit';
import { answerScripted } from './scripted';
import { scriptedProgram } from '../../schemas/scripted-program';
import { taskPasses } from './shell-checks';

/** just-bash's entry points; the browser passes its browser build, Node (tests) the main one. */
export interface ShellEngine {
	Bash: typeof Bash;
	defineCommand: typeof defineCommand;
}

/**
 * Bounds that stop a runaway command well before the tab suffers: just-bash's defaults
 * (an hour, 256 MiB of output) suit servers, not a page.
 */
export const SHELL_LIMITS = {
	maxCommandCount: 100_000,
	maxLoopIterations: 100_000,
	maxOutputSize: 10_000_000,
	maxExecutionTimeMs: 10_000,
} as const;

export interface RunResult {
	output: LimitedOutput;
	exitCode: number;
	/** Set when a limit stopped the command: which one, in the shell's words. */
	stopped?: string;
	/** Ids of the tasks this command passed, in task order. */
	passed: string[];
}

export interface ShellSession {
	run(line: string): Promise<RunResult>;
	readFile(path: string): Promise<string | undefined>;
	readonly state: LabState;
	readonly passed: ReadonlySet<string>;
}

/** just-bash reports a hit limit with exit status 126 (124 for the time limit) and one of these phrases. */
const LIMIT_MESSAGE = /too many commands|limit exceeded|exceeded|timed? ?out|time limit|maximum/i;

/**
 * A lab's shell: the starting files in memory, scripted programs answering from the lab file,
 * and every task judged after each command. Tasks already passed stay passed.
 */
export function createShellSession(lab: ShellLab, engine: ShellEngine, alreadyPassed: Iterable<string> = []): ShellSession {
	let state: LabState = { ...lab.state };
	const passed = new Set(alreadyPassed);
	const programs = [...new Set(lab.commands.flatMap((command) => scriptedProgram(command.pattern) ?? []))];
	const customCommands = programs.map((program) =>
		engine.defineCommand(program, async (args) => {
			const line = joinInvocation(program, args);
			const answer = answerScripted(lab.commands, state, line);
			if (!answer) return { stdout: '', stderr: `${program}: this lab has no answer for "${line}"\n`, exitCode: 1 };
			state = answer.state;
			return { stdout: answer.output, stderr: '', exitCode: answer.exitCode };
		}),
	);
	const bash = new engine.Bash({
		files: Object.fromEntries(lab.files.map((file) => [file.path, file.content])),
		cwd: lab.cwd,
		customCommands,
		executionLimits: SHELL_LIMITS,
	});
	const readFile = async (path: string) => {
		try {
			return await bash.fs.readFile(path);
		} catch {
			return undefined;
		}
	};
	return {
		get state() {
			return state;
		},
		passed,
		readFile,
		async run(line) {
			const result = await bash.exec(line);
			const text = result.stdout + result.stderr;
			const stopped =
				(result.exitCode === 126 || result.exitCode === 124) && LIMIT_MESSAGE.test(result.stderr) ? result.stderr.trim() : undefined;
			const outcome = { commandLine: line, output: text, readFile, state };
			const newlyPassed: string[] = [];
			for (const task of lab.tasks) {
				if (passed.has(task.id) || !(await taskPasses(task.checks, outcome))) continue;
				passed.add(task.id);
				newlyPassed.push(task.id);
			}
			return { output: limitOutput(text), exitCode: result.exitCode, ...(stopped ? { stopped } : {}), passed: newlyPassed };
		},
	};
}
