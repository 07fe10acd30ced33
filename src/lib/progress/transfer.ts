import type { ProgressExport } from '../../schemas/progress';
import { EXPORT_FORMAT } from '../../schemas/progress-format';
import { exportEnvelope as envelopeSchema } from '../../schemas/progress.schema.json';
import { checkProgress } from './decode';
import { validate, type JsonSchema } from './json-schema';

export { exportFile } from './export-file';

/**
 * The largest progress file this site imports. A browser keeps about 5 million characters per
 * site, and progress shares them with its backups, so a larger file could never be saved.
 */
export const MAX_IMPORT_CHARACTERS = 4 * 1024 * 1024;

/** Said before a file over the limit is read at all. */
export function importTooLarge(size: number): string {
	return `This file is ${(size / 1024 / 1024).toFixed(1)} MB; the largest progress file this site can import is ${MAX_IMPORT_CHARACTERS / 1024 / 1024} MB, because a browser keeps only about 5 MB per site. Nothing was changed.`;
}

/**
 * A file read for import. `newerVersion` says it came from a newer version of the site and only
 * the parts this version knows were read.
 */
export type ImportResult = { ok: true; file: ProgressExport; migratedFrom?: number; newerVersion?: number } | { ok: false; problem: string };

/** Checks a file a learner chose to import; the problem says what is wrong in words. */
export function readImportFile(text: string): ImportResult {
	if (text.length > MAX_IMPORT_CHARACTERS) return { ok: false, problem: importTooLarge(text.length) };
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
	if (decoded.kind === 'empty' || decoded.kind === 'corrupt') {
		return { ok: false, problem: `This file's progress is damaged: ${decoded.kind === 'corrupt' ? decoded.problem : 'it is empty'}.` };
	}
	if (decoded.kind === 'newer' && !decoded.readable) {
		return {
			ok: false,
			problem: `This file was saved by a newer version of the site (progress version ${decoded.version}) and this version cannot read it (${decoded.problem}); update the site first.`,
		};
	}
	const { progress: _checkedAbove, ...envelope } = data as Record<string, unknown>;
	const problem = validate(envelopeSchema as JsonSchema, envelope);
	if (problem) return { ok: false, problem: `This file is damaged: ${problem}.` };
	if (decoded.kind === 'newer') return { ok: true, file: { ...envelope, progress: decoded.readable } as ProgressExport, newerVersion: decoded.version };
	const file = { ...envelope, progress: decoded.progress } as ProgressExport;
	return decoded.migratedFrom === undefined ? { ok: true, file } : { ok: true, file, migratedFrom: decoded.migratedFrom };
}
