import type { Lab } from '../../schemas/lab';

/**
 * What the browser needs to run a lab: its tasks and checks, scripted commands and starting
 * state. File contents travel in the page's own <pre> elements and the solution stays in its
 * disclosure, so neither is sent twice.
 */
export function labRuntimeData(lab: Lab) {
	const { title: _title, scenario: _scenario, solution: _solution, lesson: _lesson, files, ...rest } = lab;
	return { ...rest, files: files.map((file) => ({ path: file.path, content: '' })) };
}
export type LabRuntimeData = ReturnType<typeof labRuntimeData>;
