import type { LabSolutionProgress, LabTaskProgress, Progress } from '../../schemas/progress';
import { entryOf, withEntry } from './records';

/** Where a lab task's progress is stored: stable ids only, so editing a lab's text keeps it. */
export const labTaskKey = (lab: string, task: string) => `${lab}:${task}`;

/** A passed task stays passed; passing it again keeps the first time. */
export function passLabTask(progress: Progress, lab: string, task: string, now: number): Progress {
	const key = labTaskKey(lab, task);
	if (entryOf(progress.labTasks, key)) return progress;
	return { ...progress, labTasks: withEntry<LabTaskProgress>(progress.labTasks, key, { passedAt: now }) };
}

export function viewLabSolution(progress: Progress, lab: string, now: number): Progress {
	if (entryOf(progress.labSolutions, lab)) return progress;
	return { ...progress, labSolutions: withEntry<LabSolutionProgress>(progress.labSolutions, lab, { viewedAt: now }) };
}
