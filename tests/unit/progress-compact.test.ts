import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactProgress, expandStored } from '../../src/lib/progress/codec';
import { checkProgress, decodeProgress, encodeProgress } from '../../src/lib/progress/decode';
import { recordExamAttempt } from '../../src/lib/progress/exams';
import { recordAnswer } from '../../src/lib/progress/answers';
import { exportFile, exportText } from '../../src/lib/progress/export-file';
import { passLabTask, viewLabSolution } from '../../src/lib/progress/labs';
import { emptyProgress } from '../../src/lib/progress/model';
import { readImportFile } from '../../src/lib/progress/transfer';
import { formatsFor } from '../../src/lib/locale/format';
import type { Progress } from '../../src/schemas/progress';
import { PROGRESS_VERSION } from '../../src/schemas/progress-format';
import { problemOf } from '../support/said';
import { readStored } from '../support/stored-progress';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'progress');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const DAY = 86_400_000;

/** Every readable fixture, stored or exported, in whatever version it was written. */
const readable = readdirSync(fixtures)
	.filter((name) => name.endsWith('.json'))
	.sort();
const progressOf = (name: string): Progress => {
	const data = JSON.parse(read(name));
	if (data.format === undefined) return readStored(read(name));
	const imported = readImportFile(read(name), formatsFor('en'));
	if (!imported.ok) throw new Error(`${name} does not import`);
	return imported.file.progress;
};

/** A learner far into a large course: 1,000 lessons done, 5,000 answers, a quarter of them first missed and in review. */
function longTimeLearner(): Progress {
	const start = Date.UTC(2026, 0, 5);
	const progress = emptyProgress();
	for (let l = 0; l < 1000; l++) {
		const key = `${['linux', 'networking', 'kubernetes', 'terraform'][l % 4]}-lesson-${String(l).padStart(4, '0')}`;
		const at = start + l * (DAY / 4);
		progress.lessons[key] = {
			status: 'done',
			startedAt: at,
			updatedAt: at + 600_000,
			completedAt: at + 600_000,
			contentHash: (l * 2654435761).toString(16).slice(-12).padStart(12, '0'),
		};
		for (let q = 1; q <= 5; q++) {
			const id = `${key}-q${q}`;
			const firstCorrect = (l + q) % 4 !== 0;
			progress.questions[id] = {
				attempts: firstCorrect ? 1 : 2,
				firstCorrect,
				lastCorrect: true,
				firstAnsweredAt: at + 60_000 * q,
				lastAnsweredAt: at + 60_000 * (q + 1),
			};
			if (!firstCorrect) {
				progress.review[id] = {
					due: at + 4 * DAY,
					stability: 3.173 + q / 7,
					difficulty: 5.0731 + l / 997,
					scheduledDays: 3,
					learningSteps: 0,
					reps: 1,
					lapses: 0,
					state: 2,
					lastReview: at + DAY,
					addedAt: at + 60_000 * q,
				};
			}
		}
	}
	return progress;
}

describe('compact stored progress', () => {
	it.each(readable)('round-trips %s with nothing lost', (name) => {
		const progress = progressOf(name);
		const back = decodeProgress(encodeProgress(progress));
		expect(back).toEqual({ kind: 'ok', progress });
	});

	it("migrates today's stored format (version 4, one object per entry) to version 5, keeping every field", () => {
		const v4 = JSON.parse(read('valid-progress.json'));
		expect(v4.version).toBe(4);
		const migrated = decodeProgress(JSON.stringify(v4));
		expect(migrated).toEqual({ kind: 'ok', migratedFrom: 4, progress: { ...v4, version: PROGRESS_VERSION } });
		const written = encodeProgress(readStored(JSON.stringify(v4)));
		expect(JSON.parse(written).version).toBe(PROGRESS_VERSION);
		expect(decodeProgress(written)).toEqual({ kind: 'ok', progress: { ...v4, version: PROGRESS_VERSION } });
	});

	it('writes version 5 exactly as the fixture shows, so a change to the format cannot go unnoticed', () => {
		const stored = JSON.parse(read('stored-v5.json'));
		expect(encodeProgress(readStored(read('valid-progress.json')))).toBe(JSON.stringify(stored));
	});

	it('keeps every digit of times and review numbers, and lessons never finished', () => {
		let progress = recordExamAttempt(emptyProgress(), {
			finishedAt: 1_764_000_123_456,
			right: 30,
			asked: 40,
			skills: { git: { right: 3, asked: 4 } },
		});
		progress = viewLabSolution(passLabTask(progress, 'lab', 'task', 1_764_000_000_001), 'lab', 1_764_000_000_002);
		progress.lessons['in-progress-lesson'] = {
			status: 'in-progress',
			startedAt: 1_700_000_000_007,
			updatedAt: 1_700_000_000_009,
			solutionViewedAt: 1_700_000_000_008,
		};
		progress.review.q = {
			due: 1_764_500_000_000,
			stability: 0.40255,
			difficulty: 7.2094612345678,
			scheduledDays: 0,
			learningSteps: 1,
			reps: 1,
			lapses: 0,
			state: 1,
			addedAt: 1_764_400_000_000,
		};
		progress.checklist['days-30:access'] = { done: false, updatedAt: 1_764_300_000_000 };
		expect(readStored(encodeProgress({ ...progress, rev: 12, persistRequested: true }))).toEqual({
			...progress,
			rev: 12,
			persistRequested: true,
		});
	});

	it('writes ids once each, sharing the start of the id before, and times after the earliest', () => {
		const progress = emptyProgress();
		progress.questions['linux-files-perms'] = {
			attempts: 1,
			firstCorrect: true,
			lastCorrect: true,
			firstAnsweredAt: 5000,
			lastAnsweredAt: 5000,
		};
		progress.questions['linux-files-owner'] = {
			attempts: 3,
			firstCorrect: false,
			lastCorrect: true,
			firstAnsweredAt: 4000,
			lastAnsweredAt: 4600,
		};
		expect(compactProgress(progress).questions).toEqual([
			['linux-files-owner', 3, 0, 1, 0, 600],
			['12~perms', 1, 1, 1, 1000, 0],
		]);
		expect(compactProgress(progress).t0).toBe(4000);
	});

	it('costs at most 80 bytes per answer for a long-time learner (5,000 answers), a quarter of the object form', () => {
		const progress = longTimeLearner();
		const answers = Object.keys(progress.questions).length;
		const compact = Buffer.byteLength(encodeProgress(progress));
		const objects = Buffer.byteLength(JSON.stringify(progress));
		expect(answers).toBe(5000);
		expect(compact / answers).toBeLessThanOrEqual(80);
		expect(compact).toBeLessThan(objects / 3);
		expect(readStored(encodeProgress(progress))).toEqual(progress);
	});
});

describe('writing progress', () => {
	it('gives the same text as the compact object, also after changes reuse kept text', () => {
		let progress = longTimeLearner();
		expect(encodeProgress(progress)).toBe(JSON.stringify(compactProgress(progress)));
		progress = recordAnswer(progress, 'linux-lesson-0000-q1', false, Date.UTC(2026, 6, 1));
		expect(encodeProgress(progress)).toBe(JSON.stringify(compactProgress(progress)));
		// An answer earlier than anything stored moves t0: every time is written again from it.
		progress = recordAnswer(progress, 'a-new-question', true, Date.UTC(2025, 0, 1));
		expect(JSON.parse(encodeProgress(progress)).t0).toBe(Date.UTC(2025, 0, 1));
		expect(encodeProgress(progress)).toBe(JSON.stringify(compactProgress(progress)));
		expect(readStored(encodeProgress(progress))).toEqual(progress);
	});

	it('exports a file with one line per row that imports back to the same progress', () => {
		const progress = readStored(read('valid-progress.json'));
		const file = exportFile(progress, 'devops-path', 5, 'Ana');
		const text = exportText(file);
		expect(JSON.parse(text)).toEqual(file);
		expect(text).toContain('\n\t\t\t["q-one",2,0,1,500,300]');
		expect(readImportFile(text, formatsFor('en'))).toEqual({ ok: true, file: { ...file, progress } });
		expect(JSON.parse(exportText(exportFile(emptyProgress(), 'devops-path', 5)))).toEqual(exportFile(emptyProgress(), 'devops-path', 5));
	});
});

describe('the format as the Reference page documents it', () => {
	it('has an example file that imports as written', () => {
		const page = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'docs', 'contribute', 'reference.mdx'), 'utf8');
		const example = /## Progress files[\s\S]*?```json\n([\s\S]*?)```/.exec(page)?.[1];
		expect(example).toBeDefined();
		const imported = readImportFile(example!, formatsFor('en'));
		expect(imported).toMatchObject({ ok: true, file: { name: 'Ana', progress: { version: PROGRESS_VERSION, rev: 14 } } });
		const progress = imported.ok ? imported.file.progress : emptyProgress();
		expect(progress.questions['linux-files-perms']).toEqual({
			attempts: 1,
			firstCorrect: true,
			lastCorrect: true,
			firstAnsweredAt: 1764000090000,
			lastAnsweredAt: 1764000090000,
		});
		expect(progress.lessons['linux-files']).toMatchObject({ status: 'done', startedAt: 1764000000000, completedAt: 1764000540000 });
	});
});

describe('damaged compact progress', () => {
	const valid = () => compactProgress(readStored(read('valid-progress.json'))) as unknown as Record<string, unknown>;
	const problem = (data: unknown) => {
		const result = checkProgress(data);
		if (result.kind !== 'corrupt') throw new Error(`expected corrupt, got ${result.kind}`);
		return problemOf(result);
	};

	it('names a missing or wrong t0', () => {
		expect(problem({ ...valid(), t0: undefined })).toMatch(/^t0: expected a time in milliseconds, found nothing/);
		expect(problem({ ...valid(), t0: -5 })).toMatch(/^t0: /);
	});
	it('names a table that is not a list, and a row that is not one', () => {
		expect(problem({ ...valid(), lessons: {} })).toMatch(/^lessons: expected a list of rows/);
		expect(problem({ ...valid(), questions: [{ id: 'q' }] })).toMatch(/^questions\[0\]: expected a row/);
		expect(problem({ ...valid(), questions: [[7, 1]] })).toMatch(/^questions\[0\]: expected a row/);
	});
	it('names an id that claims more of the id before it than there is, or that appears twice', () => {
		expect(problem({ ...valid(), checklist: [['40~x', 1, 0]] })).toMatch(/^checklist\[0\]: "40~x" does not continue the id before it/);
		expect(
			problem({
				...valid(),
				checklist: [
					['abc', 1, 0],
					['3~', 1, 0],
				],
			}),
		).toMatch(/^checklist\[1\]: "abc" appears twice/);
	});
	it('names the field a wrong value lands in', () => {
		expect(problem({ ...valid(), questions: [['q-one', 'two', 0, 1, 0, 0]] })).toMatch(/^questions\.q-one\.attempts: expected integer/);
		expect(problem({ ...valid(), lessons: [['a', 7, 0, 0]] })).toMatch(
			/^lessons\.a\.status: expected one of "in-progress", "done", found 7/,
		);
		expect(problem({ ...valid(), checklist: [['a:b', 2, 0]] })).toMatch(/^checklist\.a:b\.done: expected boolean, found 2/);
		expect(problem({ ...valid(), questions: [['Bad <id>', 1, 1, 1, 0, 0]] })).toMatch(/^questions\.Bad <id> \(name\)/);
	});
	it('leaves fields it does not know to a newer version', () => {
		const newer = { ...valid(), version: PROGRESS_VERSION + 1, badges: [['first', 1]] };
		expect(expandStored(newer)).toMatchObject({ ok: true });
		expect(checkProgress(newer)).toMatchObject({
			kind: 'newer',
			version: PROGRESS_VERSION + 1,
			readable: readStored(read('valid-progress.json')),
		});
	});
});
