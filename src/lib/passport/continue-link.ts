import type { Formats } from '../locale/format';
import { readImportFile, type ImportResult } from '../progress/transfer';
import { unpackLink } from './link-payload';

export { continuePayload } from './link-payload';

/** Reads a "continue on another device" link with the same checks as an imported file; `f` writes the numbers in a problem. */
export function readContinueLink(payload: string, f: Formats): ImportResult {
	const unpacked = unpackLink(payload, f);
	if (!unpacked.ok) return unpacked;
	return readImportFile(JSON.stringify(unpacked.value), f);
}
