import type { Lab } from '../../schemas/lab';
import { checkConfig } from './config-check';
import { createShellSession, type ShellEngine } from './shell-session';

/**
 * What is wrong with a lab that its schema cannot see: a reference solution that does not pass
 * every task, or a task that passes without the learner doing the work (the untouched file for a
 * config lab; printing every starting file for a shell lab). Empty when the lab is sound.
 */
export async function verifyLab(lab: Lab, engine: ShellEngine): Promise<string[]> {
	const problems: string[] = [];
	if (lab.kind === 'config') {
		const solved = checkConfig(lab, lab.solution.file);
		if (solved.parseError) problems.push(`solution.file: does not parse, line ${solved.parseError.line}: ${solved.parseError.message}`);
		for (const task of solved.tasks) {
			for (const rule of task.rules) if (!rule.passed) problems.push(`solution.file: fails task "${task.id}": ${rule.message}`);
		}
		const start = lab.files.find((file) => file.path === lab.file)?.content ?? '';
		for (const task of checkConfig(lab, start).tasks)
			if (task.passed) problems.push(`tasks "${task.id}": the starting file already passes it`);
		return problems;
	}
	const solved = createShellSession(lab, engine);
	for (const command of lab.solution.commands) await solved.run(command);
	for (const task of lab.tasks) if (!solved.passed.has(task.id)) problems.push(`solution.commands: do not pass task "${task.id}"`);
	const browsing = createShellSession(lab, engine);
	for (const file of lab.files) await browsing.run(`cat '${file.path}'`);
	for (const task of lab.tasks)
		if (browsing.passed.has(task.id)) problems.push(`tasks "${task.id}": printing the starting files already passes it`);
	return problems;
}
