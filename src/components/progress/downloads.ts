import { exportFile, exportText } from '../../lib/progress/export-file';
import type { Progress } from '../../schemas/progress';

/** Hands the learner a file made in the page; nothing is sent anywhere. */
export function download(text: string, name: string, type: string) {
	const anchor = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type })), download: name });
	anchor.click();
	URL.revokeObjectURL(anchor.href);
}

/** What the page knows, saved or not, as an export file: the way out when storage fails. */
export function downloadProgress(progress: Progress, name?: string, now = Date.now()) {
	const file = exportFile(progress, import.meta.env.DEVOPS_PATH_SITE_ID, now, name);
	download(exportText(file), `devops-path-progress-${new Date(now).toISOString().slice(0, 10)}.json`, 'application/json');
}

/** A stored copy the store could not read, byte for byte, for the learner to keep or repair. */
export function downloadUnreadable(text: string) {
	download(text, 'devops-path-unreadable-progress.txt', 'application/octet-stream');
}
