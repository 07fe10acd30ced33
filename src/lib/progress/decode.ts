import type { Progress } from '../../schemas/progress';
import { PROGRESS_VERSION } from '../../schemas/progress-format';
import { storedProgress as progressSchema } from '../../schemas/progress.schema.json';
import { knownFields, validate, type JsonSchema } from './json-schema';
import { migrate } from './migrations';
import { idRecord } from './records';

export type DecodeResult =
	| { kind: 'empty' }
	| { kind: 'ok'; progress: Progress; migratedFrom?: number }
	/** Not JSON, or not progress: the raw text must be kept before anything overwrites it. */
	| { kind: 'corrupt'; problem: string }
	/**
	 * Written by a newer version of the site: leave it alone. `readable` is what this version
	 * understands of it (its known fields, if they pass today's schema), for reading only;
	 * otherwise `problem` says why it could not be read.
	 */
	| { kind: 'newer'; version: number; readable?: Progress; problem?: string };

/** Reads what localStorage holds for progress. Never throws. */
export function decodeProgress(raw: string | null): DecodeResult {
	if (raw === null || raw === '') return { kind: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { kind: 'corrupt', problem: 'the saved progress is not valid JSON' };
	}
	return checkProgress(data);
}

/** Migrates and validates parsed progress (stored, or inside an import file). */
export function checkProgress(data: unknown): DecodeResult {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { kind: 'corrupt', problem: 'the saved progress is not an object' };
	}
	const migration = migrate(data as Record<string, unknown>);
	if (migration.kind === 'newer') return readNewer(data as Record<string, unknown>, migration.version);
	if (migration.kind === 'unknown-version') {
		return { kind: 'corrupt', problem: `version: ${JSON.stringify(migration.version) ?? 'missing'} is not a known progress version` };
	}
	const problem = validate(progressSchema as JsonSchema, migration.data);
	if (problem) return { kind: 'corrupt', problem };
	const progress = withIdRecords(migration.data as Progress);
	return migration.kind === 'migrated' ? { kind: 'ok', progress, migratedFrom: migration.from } : { kind: 'ok', progress };
}

/**
 * Progress from a newer version, read as far as this version can: a newer version may add fields
 * (left out here) but if it changed the meaning of known ones they fail today's schema.
 */
function readNewer(data: Record<string, unknown>, version: number): DecodeResult {
	const understood = { ...knownFields(progressSchema as JsonSchema, data), version: PROGRESS_VERSION };
	const problem = validate(progressSchema as JsonSchema, understood);
	if (problem) return { kind: 'newer', version, problem };
	return { kind: 'newer', version, readable: withIdRecords(understood as Progress) };
}

export function encodeProgress(progress: Progress): string {
	return JSON.stringify(progress);
}

/** Parsed JSON objects inherit from Object.prototype; progress records must not (see records.ts). */
function withIdRecords(progress: Progress): Progress {
	return {
		...progress,
		lessons: idRecord(progress.lessons),
		questions: idRecord(progress.questions),
		checklist: idRecord(progress.checklist),
		review: idRecord(progress.review),
		labTasks: idRecord(progress.labTasks),
		labSolutions: idRecord(progress.labSolutions),
		exams: idRecord(Object.entries(progress.exams).map(([id, attempt]) => [id, { ...attempt, skills: idRecord(attempt.skills) }] as const)),
	};
}
