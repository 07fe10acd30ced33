import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactProgress } from '../../src/lib/progress/codec';
import { decodeProgress, encodeProgress } from '../../src/lib/progress/decode';
import { exportFile, readImportFile } from '../../src/lib/progress/transfer';
import { migrate } from '../../src/lib/progress/migrations';
import { emptyProgress } from '../../src/lib/progress/model';
import { ProgressExportSchema, ProgressSchema } from '../../src/schemas/progress';
import { formatsFor } from '../../src/lib/locale/format';
import { inSpanish } from '../support/english';
import { problemOf, said } from '../support/said';
import { readStored } from '../support/stored-progress';
import { PROGRESS_VERSION } from '../../src/schemas/progress-format';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'progress');
const read = (...path: string[]) => readFileSync(join(fixtures, ...path), 'utf8');
const malformed = readdirSync(join(fixtures, 'malformed')).sort();
const en = formatsFor('en');

describe('import files', () => {
	it('accepts a valid export', () => {
		const result = readImportFile(read('valid-export.json'), en);
		expect(result.ok).toBe(true);
	});
	it('accepts an export from version 1 and migrates it', () => {
		const result = readImportFile(read('export-v1.json'), en);
		expect(result).toMatchObject({
			ok: true,
			migratedFrom: 1,
			file: { progress: { version: PROGRESS_VERSION, review: {}, labTasks: {}, labSolutions: {}, exams: {} } },
		});
	});
	it('round-trips an export', () => {
		const progress = readStored(read('valid-progress.json'));
		const file = exportFile(progress, 'devops-path', 5);
		expect(readImportFile(JSON.stringify(file), en)).toEqual({ ok: true, file: { ...file, progress } });
	});
	it('carries the name the learner gave, trimmed, cut to 80 characters and left out when blank', () => {
		const progress = readStored(read('valid-progress.json'));
		expect(exportFile(progress, 'devops-path', 5, '  Ana  ').name).toBe('Ana');
		expect(exportFile(progress, 'devops-path', 5, 'n'.repeat(200)).name).toHaveLength(80);
		expect(exportFile(progress, 'devops-path', 5, '   ')).not.toHaveProperty('name');
		const named = exportFile(progress, 'devops-path', 5, '<b>Ana</b>');
		expect(readImportFile(JSON.stringify(named), en)).toEqual({ ok: true, file: { ...named, progress } });
		expect(said(readImportFile(JSON.stringify({ ...named, name: 'n'.repeat(81) }), en))).toEqual({
			ok: false,
			problem: expect.stringMatching(/^This file is damaged: name/),
		});
	});
	it('reads a file from a newer version where it can: known fields kept, added ones left out', () => {
		const valid = readStored(read('valid-progress.json'));
		const newer = exportFile(valid, 'devops-path', 5);
		Object.assign(newer.progress, { version: 9, streaks: { longest: 12 } });
		const result = readImportFile(JSON.stringify(newer), en);
		expect(result).toMatchObject({ ok: true, newerVersion: 9, file: { progress: { version: PROGRESS_VERSION, lessons: valid.lessons } } });
		expect(result.ok && result.file.progress).not.toHaveProperty('streaks');
	});
	it('names a newer version it cannot read, and why', () => {
		const valid = exportFile(readStored(read('valid-progress.json')), 'devops-path', 5);
		const changed = { ...valid, progress: { ...valid.progress, version: 9, lessons: {} } };
		expect(said(readImportFile(JSON.stringify(changed), en))).toEqual({
			ok: false,
			problem: expect.stringMatching(
				/^This file was saved by a newer version of the site \(progress version 9\) and this version cannot read it \(lessons: .+\); update the site first\.$/,
			),
		});
	});
	it(`has at least 10 malformed fixtures (${malformed.length})`, () => {
		expect(malformed.length).toBeGreaterThanOrEqual(10);
	});
	it.each(malformed)('rejects %s with a sentence saying what is wrong', (name) => {
		const result = said(readImportFile(read('malformed', name), en));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problem).toMatch(/^This file(’s|'s)? .{10,}\.$/);
	});
	it('names the field that is wrong', () => {
		const result = readImportFile(read('malformed', 'unknown-lesson-status.json'), en);
		expect(!result.ok && problemOf(result)).toContain('lessons.a.status: expected one of "in-progress", "done", found "finished"');
		expect(!result.ok && problemOf(result, inSpanish)).toMatch(
			/^El progreso de este archivo está dañado: lessons\.a\.status: expected one of/,
		);
	});
	it('names progress that is not an object, or has no version it knows', () => {
		const valid = JSON.parse(read('valid-export.json'));
		const problem = (progress: unknown) => problemOf(readImportFile(JSON.stringify({ ...valid, progress }), en));
		expect(problem([])).toBe("This file's progress is damaged: the saved progress is not an object.");
		expect(problem({ ...valid.progress, version: 0 })).toBe("This file's progress is damaged: version: 0 is not a known progress version.");
		expect(problem({ ...valid.progress, version: 'two' })).toBe(
			'This file\'s progress is damaged: version: "two" is not a known progress version.',
		);
		expect(problem({ ...valid.progress, version: undefined })).toBe(
			"This file's progress is damaged: version: missing is not a known progress version.",
		);
	});
	it('names a file over the size limit with its size written for the page’s language', () => {
		const huge = ' '.repeat(6 * 1024 * 1024);
		expect(problemOf(readImportFile(huge, en))).toBe(
			'This file is 6.0 MB; the largest progress file this site can import is 4 MB, because a browser keeps only about 5 MB per site. Nothing was changed.',
		);
		expect(problemOf(readImportFile(huge, formatsFor('es')), inSpanish)).toMatch(/^Este archivo ocupa 6,0 MB;/);
	});
});

describe('the browser validator agrees with the zod schema', () => {
	it.each(malformed)('%s', (name) => {
		let data: unknown;
		try {
			data = JSON.parse(read('malformed', name));
		} catch {
			return;
		}
		expect(readImportFile(JSON.stringify(data), en).ok).toBe(ProgressExportSchema.safeParse(data).success);
	});
	it('on valid progress', () => {
		const data = readStored(read('valid-progress.json'));
		expect(ProgressSchema.safeParse(data).success).toBe(true);
		expect(decodeProgress(encodeProgress(data)).kind).toBe('ok');
	});
});

describe('stored progress', () => {
	it('nothing stored is empty, not corrupt', () => {
		expect(decodeProgress(null)).toEqual({ kind: 'empty' });
	});
	it('decodes current progress', () => {
		expect(decodeProgress(encodeProgress(emptyProgress()))).toEqual({ kind: 'ok', progress: emptyProgress() });
	});
	it('reports a newer version, with what this version can read of it', () => {
		expect(said(decodeProgress('{"version":7}'))).toEqual({ kind: 'newer', version: 7, problem: expect.stringContaining('t0') });
		expect(said(decodeProgress('{"version":7,"t0":0}'))).toEqual({
			kind: 'newer',
			version: 7,
			problem: expect.stringContaining('lessons'),
		});
		const newer = { ...compactProgress(emptyProgress()), version: 7, badges: { first: true } };
		expect(decodeProgress(JSON.stringify(newer))).toEqual({ kind: 'newer', version: 7, readable: emptyProgress() });
	});
});

describe('migrations', () => {
	it('version 1 gains an empty review queue and is otherwise unchanged', () => {
		const v1 = JSON.parse(read('stored-v1.json'));
		const decoded = decodeProgress(JSON.stringify(v1));
		expect(decoded).toEqual({
			kind: 'ok',
			migratedFrom: 1,
			progress: { ...v1, version: PROGRESS_VERSION, review: {}, labTasks: {}, labSolutions: {}, exams: {} },
		});
		expect(ProgressSchema.safeParse(decoded.kind === 'ok' && decoded.progress).success).toBe(true);
	});
	const steps = {
		1: (data: Record<string, unknown>) => ({ ...data, checklist: {} }),
		2: (data: Record<string, unknown>) => ({ ...data, renamed: data.old, old: undefined }),
	};
	it('runs each step from the stored version up to the current one', () => {
		expect(migrate({ version: 1, old: 'x' }, steps, 3)).toEqual({
			kind: 'migrated',
			from: 1,
			data: { version: 3, checklist: {}, renamed: 'x', old: undefined },
		});
		expect(migrate({ version: 2, old: 'x' }, steps, 3)).toMatchObject({ kind: 'migrated', from: 2 });
	});
	it('leaves current data alone and refuses newer or unknown versions', () => {
		expect(migrate({ version: 3 }, steps, 3)).toEqual({ kind: 'current', data: { version: 3 } });
		expect(migrate({ version: 4 }, steps, 3)).toEqual({ kind: 'newer', version: 4 });
		expect(migrate({ version: 0 }, steps, 3)).toEqual({ kind: 'unknown-version', version: 0 });
		expect(migrate({ version: 1 }, { 2: steps[2] }, 3)).toEqual({ kind: 'unknown-version', version: 1 });
	});
});
