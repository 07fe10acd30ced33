import type { Progress, ProgressExport } from '../../schemas/progress';
import { EXPORT_FORMAT } from '../../schemas/progress-format';
import { exportFile as exportSchema, storedProgress as progressSchema } from '../../schemas/progress.schema.json';
import { validate, type JsonSchema } from './json-schema';
import { migrate } from './migrations';

export type DecodeResult =
	| { kind: 'empty' }
	| { kind: 'ok'; progress: Progress; migratedFrom?: number }
	/** Not JSON, or not progress: the raw text must be kept before anything overwrites it. */
	| { kind: 'corrupt'; problem: string }
	/** Written by a newer version of the site: leave it alone. */
	| { kind: 'newer'; version: number };

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

function checkProgress(data: unknown): DecodeResult {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { kind: 'corrupt', problem: 'the saved progress is not an object' };
	}
	const migration = migrate(data as Record<string, unknown>);
	if (migration.kind === 'newer') return { kind: 'newer', version: migration.version };
	if (migration.kind === 'unknown-version') {
		return { kind: 'corrupt', problem: `version: ${JSON.stringify(migration.version) ?? 'missing'} is not a known progress version` };
	}
	const problem = validate(progressSchema as JsonSchema, migration.data);
	if (problem) return { kind: 'corrupt', problem };
	const progress = migration.data as Progress;
	return migration.kind === 'migrated' ? { kind: 'ok', progress, migratedFrom: migration.from } : { kind: 'ok', progress };
}

export function encodeProgress(progress: Progress): string {
	return JSON.stringify(progress);
}

export function exportFile(progress: Progress, siteId: string, now: number): ProgressExport {
	return { format: EXPORT_FORMAT, siteId, exportedAt: now, progress };
}

/** The export file's schema with its `progress` accepted as is: checkProgress checks that part. */
const envelopeSchema: JsonSchema = {
	...(exportSchema as JsonSchema),
	properties: { ...(exportSchema as JsonSchema).properties, progress: {} },
};

export type ImportResult = { ok: true; file: ProgressExport; migratedFrom?: number } | { ok: false; problem: string };

/** Checks a file a learner chose to import; the problem says what is wrong in words. */
export function readImportFile(text: string): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'This file is not a progress export: it is not valid JSON.' };
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
		return { ok: false, problem: 'This file is not a progress export from this site (its "format" field is missing or different).' };
	}
	const decoded = checkProgress((data as { progress?: unknown }).progress);
	if (decoded.kind === 'newer') {
		return { ok: false, problem: `This file was saved by a newer version of the site (progress version ${decoded.version}); update the site first.` };
	}
	if (decoded.kind !== 'ok') return { ok: false, problem: `This file's progress is damaged: ${decoded.kind === 'corrupt' ? decoded.problem : 'it is empty'}.` };
	const withProgress = { ...(data as object), progress: decoded.progress };
	// The progress part was just checked; checking it again would double the time a large file takes.
	const problem = validate(envelopeSchema, withProgress);
	if (problem) return { ok: false, problem: `This file is damaged: ${problem}.` };
	return { ok: true, file: withProgress as ProgressExport, migratedFrom: decoded.migratedFrom };
}
