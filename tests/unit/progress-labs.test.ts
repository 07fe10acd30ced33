import { describe, expect, it } from 'vitest';
import { compactProgress } from '../../src/lib/progress/codec';
import { checkProgress } from '../../src/lib/progress/decode';
import { PROGRESS_VERSION } from '../../src/schemas/progress-format';
import { labTaskKey, passLabTask, viewLabSolution } from '../../src/lib/progress/labs';
import { emptyProgress, mergeProgress } from '../../src/lib/progress/model';
import { exportFile, readImportFile } from '../../src/lib/progress/transfer';
import { formatsFor } from '../../src/lib/locale/format';

describe('lab progress', () => {
	it('stores a passed task under "<lab>:<task>" and keeps the first pass', () => {
		const once = passLabTask(emptyProgress(), 'nginx-log-triage', 'write-report', 10);
		expect(once.labTasks[labTaskKey('nginx-log-triage', 'write-report')]).toEqual({ passedAt: 10 });
		expect(passLabTask(once, 'nginx-log-triage', 'write-report', 20)).toBe(once);
	});
	it('records the first time the solution was viewed', () => {
		const viewed = viewLabSolution(emptyProgress(), 'kubernetes-probes-resources', 5);
		expect(viewed.labSolutions['kubernetes-probes-resources']).toEqual({ viewedAt: 5 });
		expect(viewLabSolution(viewed, 'kubernetes-probes-resources', 9)).toBe(viewed);
	});
	it('merges two tabs: every task from either, the earliest pass and view', () => {
		const a = viewLabSolution(passLabTask(emptyProgress(), 'lab', 'one', 30), 'lab', 40);
		const b = viewLabSolution(passLabTask(passLabTask(emptyProgress(), 'lab', 'one', 20), 'lab', 'two', 50), 'lab', 60);
		const merged = mergeProgress(a, b);
		expect({ ...merged.labTasks }).toEqual({ 'lab:one': { passedAt: 20 }, 'lab:two': { passedAt: 50 } });
		expect({ ...merged.labSolutions }).toEqual({ lab: { viewedAt: 40 } });
	});
	it('migrates version 2 progress to the current version with no lab progress', () => {
		const result = checkProgress({ version: 2, lessons: {}, questions: {}, checklist: {}, review: {} });
		expect(result).toMatchObject({
			kind: 'ok',
			migratedFrom: 2,
			progress: { version: PROGRESS_VERSION, labTasks: {}, labSolutions: {}, exams: {} },
		});
	});
	it('exports and imports lab progress', () => {
		const progress = viewLabSolution(passLabTask(emptyProgress(), 'lab', 'one', 20), 'lab', 40);
		const file = exportFile(progress, 'devops-path', 100);
		const back = readImportFile(JSON.stringify(file), formatsFor('en'));
		expect(back.ok && { ...back.file.progress.labTasks }).toEqual({ 'lab:one': { passedAt: 20 } });
		expect(back.ok && { ...back.file.progress.labSolutions }).toEqual({ lab: { viewedAt: 40 } });
	});
	it('rejects a lab task id that is not a stable id', () => {
		expect(checkProgress(compactProgress({ ...emptyProgress(), labTasks: { 'Lab <b>': { passedAt: 1 } } })).kind).toBe('corrupt');
	});
});

describe('lab tally', () => {
	it("counts passed tasks among the course's lab tasks and ignores tasks no lab has any more", async () => {
		const { labTally } = await import('../../src/lib/progress/summary');
		const progress = passLabTask(passLabTask(emptyProgress(), 'lab', 'one', 1), 'gone', 'old', 2);
		expect(labTally(progress, ['lab:one', 'lab:two'])).toEqual({ done: 1, total: 2, percent: 50 });
	});
});
