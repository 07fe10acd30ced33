import type { Progress, ProgressExport } from '../../schemas/progress';
import { EXPORT_FORMAT } from '../../schemas/progress-format';
import { compactProgress, type StoredProgress } from './codec';

/** The longest name a learner can put on an export or a share link. */
export const MAX_NAME_LENGTH = 80;

/**
 * An export file as written: the envelope of ProgressExport around progress as it is stored
 * (compact, codec.ts). Reading one back (transfer.ts) gives a ProgressExport.
 */
export type ProgressExportFile = Omit<ProgressExport, 'progress'> & { progress: StoredProgress };

/**
 * A progress export file. Apart from reading imports (transfer.ts, which carries a validator),
 * because every page can offer the learner a download when storage fails. A name, if given,
 * stands for the learner in a lead's team table.
 */
export function exportFile(progress: Progress, siteId: string, now: number, name?: string): ProgressExportFile {
	const trimmed = name?.trim().slice(0, MAX_NAME_LENGTH);
	return { format: EXPORT_FORMAT, siteId, exportedAt: now, ...(trimmed ? { name: trimmed } : {}), progress: compactProgress(progress) };
}

/**
 * An export file's text: the envelope and each table's name on a line of its own, and one line
 * per row, so a person can read and compare files while the file stays about as small as stored
 * progress (indenting every value of every row would triple it).
 */
export function exportText(file: ProgressExportFile): string {
	const { progress, ...envelope } = file;
	const json = (value: unknown) => JSON.stringify(value);
	const fields = Object.entries(progress).map(([name, value]) =>
		Array.isArray(value) && value.length
			? `\t\t${json(name)}: [\n${value.map((row) => `\t\t\t${json(row)}`).join(',\n')}\n\t\t]`
			: `\t\t${json(name)}: ${json(value)}`,
	);
	const head = Object.entries(envelope).map(([name, value]) => `\t${json(name)}: ${json(value)},\n`);
	return `{\n${head.join('')}\t"progress": {\n${fields.join(',\n')}\n\t}\n}\n`;
}
