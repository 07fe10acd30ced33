import { describe, expect, it } from 'vitest';
import { compactProgress } from '../../src/lib/progress/codec';
import { checkProgress, encodeProgress } from '../../src/lib/progress/decode';
import { PROGRESS_VERSION } from '../../src/schemas/progress-format';
import { problemOf } from '../support/said';
import { examAttempts, recordExamAttempt } from '../../src/lib/progress/exams';
import { emptyProgress, mergeProgress } from '../../src/lib/progress/model';

const attempt = (finishedAt: number, right = 30) => ({
	finishedAt,
	right,
	asked: 40,
	skills: { git: { right: 3, asked: 4 }, cicd: { right: 5, asked: 6 } },
});

describe('practice exam attempts in progress', () => {
	it('are kept by the time they finished, newest first', () => {
		const progress = recordExamAttempt(recordExamAttempt(emptyProgress(), attempt(100, 20)), attempt(300, 35));
		expect(examAttempts(progress).map((a) => [a.finishedAt, a.right])).toEqual([
			[300, 35],
			[100, 20],
		]);
	});

	it('from two tabs are all kept when their progress merges, and the same attempt is kept once', () => {
		const a = recordExamAttempt(emptyProgress(), attempt(100));
		const b = recordExamAttempt(recordExamAttempt(emptyProgress(), attempt(100)), attempt(200));
		expect(examAttempts(mergeProgress(a, b)).map((x) => x.finishedAt)).toEqual([200, 100]);
	});

	it('start empty when version 3 progress is migrated, and everything else is kept', () => {
		const v3 = {
			version: 3,
			lessons: { 'lifecycle-build': { status: 'done', startedAt: 1, updatedAt: 2 } },
			questions: {},
			checklist: {},
			review: {},
			labTasks: {},
			labSolutions: {},
		};
		const result = checkProgress(v3);
		expect(result).toMatchObject({ kind: 'ok', migratedFrom: 3, progress: { version: PROGRESS_VERSION, lessons: v3.lessons, exams: {} } });
	});

	it('that are malformed make stored progress unreadable, naming the field', () => {
		const bad = { ...emptyProgress(), exams: { '100': { finishedAt: 100, right: -1, asked: 40, skills: {} } } };
		const result = checkProgress(compactProgress(bad));
		expect(result.kind).toBe('corrupt');
		expect(result.kind === 'corrupt' && problemOf(result)).toMatch(/exams\.100\.right/);
	});

	it('survive a round trip through storage as prototype-free records', () => {
		const stored = encodeProgress(recordExamAttempt(emptyProgress(), attempt(100)));
		const result = checkProgress(JSON.parse(stored));
		expect(result.kind).toBe('ok');
		if (result.kind !== 'ok') return;
		expect(Object.getPrototypeOf(result.progress.exams)).toBeNull();
		expect(Object.getPrototypeOf(result.progress.exams['100']!.skills)).toBeNull();
	});
});
