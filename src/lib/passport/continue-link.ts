import { readImportFile, type ImportResult } from '../progress/transfer';
import { unpackLink } from './link-payload';

export { continuePayload } from './link-payload';

/** Reads a "continue on another device" link with the same checks as an imported file. */
export function readContinueLink(payload: string): ImportResult {
	const unpacked = unpackLink(payload);
	if (!unpacked.ok) return unpacked;
	return readImportFile(JSON.stringify(unpacked.value));
}
