import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Formats } from '../locale/format';
import type { Message } from '../locale/messages';

/**
 * Progress in a link. The data rides in the URL fragment (after #), which browsers never send to
 * a server: JSON, deflated (fflate) and written in base64url so it survives being pasted into
 * chat, mail or a QR code.
 */

/**
 * The longest fragment payload this site writes or reads, in characters. A QR code holds at most
 * 2,953 bytes (version 40, lowest error correction); this leaves room for the page address.
 */
export const MAX_LINK_PAYLOAD = 2_800;

export type Unpacked = { ok: true; value: unknown } | { ok: false; problem: Message };

export function packLink(value: unknown): string {
	return toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
}

/**
 * The payload of a "continue on another device" link: the whole progress export, or undefined
 * when it is too long for a link (the learner moves it by file instead).
 */
export function continuePayload(exported: unknown): string | undefined {
	const payload = packLink(exported);
	return payload.length <= MAX_LINK_PAYLOAD ? payload : undefined;
}

/** Reads what packLink wrote; every failure says in words what is wrong with the link, with numbers written for the page's language. */
export function unpackLink(payload: string, f: Formats): Unpacked {
	if (!payload) return { ok: false, problem: { key: 'problems.link.empty' } };
	if (payload.length > MAX_LINK_PAYLOAD) {
		return {
			ok: false,
			problem: { key: 'problems.link.tooLong', values: { length: f.number(payload.length), limit: f.number(MAX_LINK_PAYLOAD) } },
		};
	}
	const bytes = fromBase64Url(payload);
	if (!bytes) return { ok: false, problem: { key: 'problems.link.badCharacters' } };
	let text: string;
	try {
		text = strFromU8(inflateSync(bytes));
	} catch {
		return { ok: false, problem: { key: 'problems.link.cutShort' } };
	}
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false, problem: { key: 'problems.link.notProgress' } };
	}
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return undefined;
	const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
