import { readImportFile, type ImportResult } from '../progress/transfer';
import { MAX_LINK_PAYLOAD, packLink, unpackLink } from './link-payload';

/**
 * The payload of a "continue on another device" link: the whole progress export, or undefined
 * when it is too long for a link (the learner moves it by file instead).
 */
export function continuePayload(exported: unknown): string | undefined {
	const payload = packLink(exported);
	return payload.length <= MAX_LINK_PAYLOAD ? payload : undefined;
}

/** Reads a "continue on another device" link with the same checks as an imported file. */
export function readContinueLink(payload: string): ImportResult {
	const unpacked = unpackLink(payload);
	if (!unpacked.ok) return unpacked;
	return readImportFile(JSON.stringify(unpacked.value));
}
