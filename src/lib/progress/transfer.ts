import type { ProgressExport } from '../../schemas/progress';
import { EXPORT_FORMAT } from '../../schemas/progress-format';
import envelopeSchema from '../../schemas/progress-export.schema.json' with { type: 'json' };
import type { Formats } from '../locale/format';
import type { Message } from '../locale/messages';
import { checkProgress, type ProgressProblem } from './decode';
import { validate, type JsonSchema } from './json-schema';

export { exportFile } from './export-file';

/**
 * The largest progress file this site imports. A browser keeps about 5 million characters per
 * site, and progress shares them with its backups, so a larger file could never be saved.
 */
export const MAX_IMPORT_CHARACTERS = 4 * 1024 * 1024;

/** Said before a file over the limit is read at all; the sizes are written for the page's language. */
export function importTooLarge(size: number, f: Formats): Message {
	return {
		key: 'problems.import.tooLarge',
		values: { megabytes: f.oneDecimal(size / 1024 / 1024), limit: f.number(MAX_IMPORT_CHARACTERS / 1024 / 1024) },
	};
}

/**
 * A file read for import. `newerVersion` says it came from a newer version of the site and only
 * the parts this version knows were read.
 */
export type ImportResult =
	| { ok: true; file: ProgressExport; migratedFrom?: number; newerVersion?: number }
	| { ok: false; problem: Message };

/** Checks a file a learner chose to import; the problem says what is wrong in words. */
export function readImportFile(text: string, f: Formats): ImportResult {
	if (text.length > MAX_IMPORT_CHARACTERS) return { ok: false, problem: importTooLarge(text.length, f) };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: { key: 'problems.import.notJson' } };
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
		return { ok: false, problem: { key: 'problems.import.notExport' } };
	}
	const decoded = checkProgress((data as { progress?: unknown }).progress);
	if (decoded.kind === 'corrupt') return { ok: false, problem: damagedProgress(decoded.problem) };
	if (decoded.kind === 'newer' && !decoded.readable) {
		return {
			ok: false,
			problem: { key: 'problems.import.newer', values: { version: decoded.version, detail: decoded.problem.values.detail } },
		};
	}
	const { progress: _checkedAbove, ...envelope } = data as Record<string, unknown>;
	const detail = validate(envelopeSchema as JsonSchema, envelope);
	if (detail) return { ok: false, problem: { key: 'problems.import.damaged', values: { detail } } };
	if (decoded.kind === 'newer')
		return { ok: true, file: { ...envelope, progress: decoded.readable } as ProgressExport, newerVersion: decoded.version };
	const file = { ...envelope, progress: decoded.progress } as ProgressExport;
	return decoded.migratedFrom === undefined ? { ok: true, file } : { ok: true, file, migratedFrom: decoded.migratedFrom };
}

/** "This file's progress is damaged: …", one sentence for each thing progress can get wrong. */
function damagedProgress(problem: ProgressProblem): Message {
	switch (problem.key) {
		case 'problems.progress.notObject':
			return { key: 'problems.import.progressNotObject' };
		case 'problems.progress.unknownVersion':
			return { key: 'problems.import.progressUnknownVersion', values: problem.values };
		case 'problems.progress.noVersion':
			return { key: 'problems.import.progressNoVersion' };
		case 'problems.progress.invalid':
			return { key: 'problems.import.progressInvalid', values: problem.values };
	}
}
