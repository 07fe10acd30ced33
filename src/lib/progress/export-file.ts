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
