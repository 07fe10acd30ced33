import type { Progress } from '../../schemas/progress';
import { PROGRESS_VERSION } from '../../schemas/progress-format';
import progressSchema from '../../schemas/progress.schema.json' with { type: 'json' };
import { encodeStored, expandStored, isCompactVersion } from './codec';
import { knownFields, validate, type JsonSchema } from './json-schema';
import { migrate } from './migrations';
import { idRecord } from './records';

/** What the schema check found wrong, in its own technical words (e.g. `lessons: must be object`). */
export type InvalidProgress = { key: 'problems.progress.invalid'; values: { detail: string } };

/** Why parsed progress is not progress; an import names each in its own sentence (transfer.ts). */
export type ProgressProblem =
	| { key: 'problems.progress.notObject' }
	| { key: 'problems.progress.unknownVersion'; values: { version: string } }
	| { key: 'problems.progress.noVersion' }
	| InvalidProgress;

/** What checkProgress finds: parsed data is never empty. */
export type CheckResult =
	| { kind: 'ok'; progress: Progress; migratedFrom?: number }
	/** Not progress: the raw text must be kept before anything overwrites it. */
	| { kind: 'corrupt'; problem: ProgressProblem }
	/**
	 * Written by a newer version of the site: leave it alone. `readable` is what this version
	 * understands of it (its known fields, if they pass today's schema), for reading only;
	 * otherwise `problem` says why it could not be read.
	 */
	| { kind: 'newer'; version: number; readable: Progress; problem?: undefined }
	| { kind: 'newer'; version: number; readable?: undefined; problem: InvalidProgress };

/** Stored text that is not JSON is corrupt too. */
export type DecodeResult = { kind: 'empty' } | CheckResult | { kind: 'corrupt'; problem: { key: 'problems.progress.notJson' } };

/** Reads what localStorage holds for progress. Never throws. */
export function decodeProgress(raw: string | null): DecodeResult {
	if (raw === null || raw === '') return { kind: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { kind: 'corrupt', problem: { key: 'problems.progress.notJson' } };
	}
	return checkProgress(data);
}

/** Migrates and validates parsed progress (stored, or inside an import file). */
export function checkProgress(data: unknown): CheckResult {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { kind: 'corrupt', problem: { key: 'problems.progress.notObject' } };
	}
	let record = data as Record<string, unknown>;
	if (isCompactVersion(record.version)) {
		const expanded = expandStored(record);
		if (!expanded.ok) {
			const problem = invalid(expanded.detail);
			return (record.version as number) > PROGRESS_VERSION
				? { kind: 'newer', version: record.version as number, problem }
				: { kind: 'corrupt', problem };
		}
		record = expanded.data;
	}
	const migration = migrate(record);
	if (migration.kind === 'newer') return readNewer(record, migration.version);
	if (migration.kind === 'unknown-version') {
		const version = JSON.stringify(migration.version);
		return {
			kind: 'corrupt',
			problem:
				version === undefined ? { key: 'problems.progress.noVersion' } : { key: 'problems.progress.unknownVersion', values: { version } },
		};
	}
	const detail = validate(progressSchema as JsonSchema, migration.data);
	if (detail) return { kind: 'corrupt', problem: invalid(detail) };
	const progress = withIdRecords(migration.data as Progress);
	return migration.kind === 'migrated' ? { kind: 'ok', progress, migratedFrom: migration.from } : { kind: 'ok', progress };
}

/**
 * Progress from a newer version, read as far as this version can: a newer version may add fields
 * (left out here) but if it changed the meaning of known ones they fail today's schema.
 */
function readNewer(data: Record<string, unknown>, version: number): CheckResult {
	const understood = { ...knownFields(progressSchema as JsonSchema, data), version: PROGRESS_VERSION };
	const detail = validate(progressSchema as JsonSchema, understood);
	if (detail) return { kind: 'newer', version, problem: invalid(detail) };
	return { kind: 'newer', version, readable: withIdRecords(understood as Progress) };
}

function invalid(detail: string): InvalidProgress {
	return { key: 'problems.progress.invalid', values: { detail } };
}

/** The text stored for progress: compact (codec.ts), about a quarter of the model's JSON. */
export function encodeProgress(progress: Progress): string {
	return encodeStored(progress);
}

/** Parsed JSON objects inherit from Object.prototype; progress records must not (see records.ts). */
function withIdRecords(progress: Progress): Progress {
	// Records decoded from compact rows are built without a prototype already; copying 5,000 entries again would only cost time.
	const own = <T>(record: Record<string, T>) => (Object.getPrototypeOf(record) === null ? record : idRecord(record));
	return {
		...progress,
		lessons: own(progress.lessons),
		questions: own(progress.questions),
		checklist: own(progress.checklist),
		review: own(progress.review),
		labTasks: own(progress.labTasks),
		labSolutions: own(progress.labSolutions),
		exams: idRecord(Object.entries(progress.exams).map(([id, attempt]) => [id, { ...attempt, skills: idRecord(attempt.skills) }] as const)),
	};
}
