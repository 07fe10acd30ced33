import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

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

export type Unpacked = { ok: true; value: unknown } | { ok: false; problem: string };

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

/** Reads what packLink wrote; every failure says in words what is wrong with the link. */
export function unpackLink(payload: string): Unpacked {
	if (!payload) return { ok: false, problem: 'This link carries no progress: the part after # is empty.' };
	if (payload.length > MAX_LINK_PAYLOAD) {
		return { ok: false, problem: `This link is ${payload.length.toLocaleString('en')} characters after the #; the longest this site reads is ${MAX_LINK_PAYLOAD.toLocaleString('en')}. Nothing was read.` };
	}
	const bytes = fromBase64Url(payload);
	if (!bytes) return { ok: false, problem: 'This link is damaged: the part after # has characters a progress link never has.' };
	let text: string;
	try {
		text = strFromU8(inflateSync(bytes));
	} catch {
		return { ok: false, problem: 'This link is damaged or cut short: its data does not unpack. Ask for the link again, or copy all of it.' };
	}
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false, problem: 'This link is damaged: its data unpacks, but not to progress.' };
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
