import type { Progress, ProgressExport } from '../../schemas/progress';
import { EXPORT_FORMAT } from '../../schemas/progress-format';

/**
 * A progress export file. Apart from reading imports (transfer.ts, which carries a validator),
 * because every page can offer the learner a download when storage fails.
 */
export function exportFile(progress: Progress, siteId: string, now: number): ProgressExport {
	return { format: EXPORT_FORMAT, siteId, exportedAt: now, progress };
}
