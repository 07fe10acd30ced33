import { decodeProgress } from '../../src/lib/progress/decode';
import type { Progress } from '../../src/schemas/progress';
import { inEnglish } from './english';
import { formatsFor } from '../../src/lib/locale/format';
import { say } from '../../src/lib/locale/messages';
import { readImportFile } from '../../src/lib/progress/transfer';

/**
 * Progress as the site stores it (compact text, src/lib/progress/codec.ts), read back into the
 * model the way a page reads it. Fails the test, naming the problem, when the text is not
 * readable progress.
 */
export function readStored(text: string | null | undefined): Progress {
	const decoded = decodeProgress(text ?? null);
	if (decoded.kind === 'ok') return decoded.progress;
	if (decoded.kind === 'corrupt') throw new Error(`stored progress is unreadable: ${say(inEnglish, decoded.problem)}`);
	throw new Error(`stored progress is ${decoded.kind === 'empty' ? 'empty' : `from newer version ${decoded.version}`}`);
}

/** Stored progress, or null when nothing is stored. */
export function storedOrNull(text: string | null): Progress | null {
	return text === null ? null : readStored(text);
}

/** The progress inside a downloaded export file, read the way an import reads it. */
export function exportedProgress(text: string): Progress {
	const imported = readImportFile(text, formatsFor('en'));
	if (!imported.ok) throw new Error(`the exported file does not import: ${say(inEnglish, imported.problem)}`);
	return imported.file.progress;
}
