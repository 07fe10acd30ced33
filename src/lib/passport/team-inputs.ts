import { sharedProgress as sharedProgressSchema } from '../../schemas/passport.schema.json';
import type { Formats } from '../locale/format';
import { validate, type JsonSchema } from '../progress/json-schema';
import { MAX_IMPORT_CHARACTERS, readImportFile } from '../progress/transfer';
import { fragmentValue, SHARED_KEY } from './link-keys';
import { readSharedLink, sharedProgressOf, type ShareOutline } from './share-link';
import type { TeamInput, TeamMember } from './team';

export { MAX_IMPORT_CHARACTERS };

/** Reading what a lead adds to the team table: progress files, share links, a team kept in this browser. */

/** Said before a file over the import limit is read at all; the sizes are written for the page's language. */
export function fileTooLarge(fileName: string, size: number, f: Formats): TeamInput {
	return {
		ok: false,
		source: fileName,
		problem: {
			key: 'problems.team.fileTooLarge',
			values: { megabytes: f.oneDecimal(size / 1024 / 1024), limit: f.number(MAX_IMPORT_CHARACTERS / 1024 / 1024) },
		},
	};
}

/**
 * A progress file a lead chose, summarised as of when it was exported. The name the learner gave
 * when exporting stands for the person, else the file's name.
 */
export function memberFromFile(fileName: string, text: string, outline: Omit<ShareOutline, 'siteId'>, f: Formats): TeamInput {
	const read = readImportFile(text, f);
	if (!read.ok) return { ok: false, source: fileName, problem: read.problem };
	const member: TeamMember = {
		person: read.file.name ?? fileName.replace(/\.json$/i, ''),
		source: fileName,
		shared: sharedProgressOf(read.file.progress, { ...outline, siteId: read.file.siteId }, read.file.exportedAt, read.file.name),
	};
	return read.newerVersion === undefined ? { ok: true, member } : { ok: true, member, newerVersion: read.newerVersion };
}

/**
 * A share link a lead pasted. `source` names it (e.g. "Link 3", in the page's language) in
 * messages, and stands for the person when the link carries no name.
 */
export function memberFromLink(link: string, source: string, f: Formats): TeamInput {
	const trimmed = link.trim();
	const hash = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#')) : '';
	const payload = fragmentValue(hash, SHARED_KEY);
	if (payload === null) return { ok: false, source, problem: { key: 'problems.team.notShareLink', values: { key: SHARED_KEY } } };
	const read = readSharedLink(payload, f);
	if (!read.ok) return { ok: false, source, problem: read.problem };
	const member: TeamMember = { person: read.shared.name ?? source, source, shared: read.shared };
	return read.newerVersion === undefined ? { ok: true, member } : { ok: true, member, newerVersion: read.newerVersion };
}

/** The team a lead chose to keep in this browser; rows that no longer pass the schema are dropped and counted. */
export function readKeptTeam(raw: string | null): {
	members: TeamMember[];
	dropped: number;
} {
	if (!raw) return { members: [], dropped: 0 };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { members: [], dropped: 1 };
	}
	if (!Array.isArray(data)) return { members: [], dropped: 1 };
	const members = data.filter(
		(entry): entry is TeamMember =>
			typeof entry === 'object' &&
			entry !== null &&
			typeof entry.person === 'string' &&
			typeof entry.source === 'string' &&
			validate(sharedProgressSchema as JsonSchema, entry.shared) === null,
	);
	return { members, dropped: data.length - members.length };
}
