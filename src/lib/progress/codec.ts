import type { Progress } from '../../schemas/progress';
import { COMPACT_FROM_VERSION } from '../../schemas/progress-format';
import { quoted } from './json-schema';

/**
 * How progress is written down: in localStorage, in this tab's stash and inside export files.
 * A long-time learner has thousands of answers, and as one object per answer with field names
 * they cost about 210 bytes each, near the browser's quota and slow to save on every Check.
 * Written compactly they cost about a quarter of that, with nothing left out:
 *
 * - each record (lessons, questions, …) is a table: one row per entry, `[id, field, field, …]`,
 *   fields in the order of TABLES below, an absent optional field as null, trailing nulls dropped;
 * - rows are sorted by id, and an id that starts like the one before it is written as
 *   `"<characters shared>~<rest>"` (question ids share their lesson's prefix);
 * - times are milliseconds after `t0` (the earliest time written), or after an earlier time of
 *   the same row where a column says `since`; true and false are 1 and 0; a status is its index.
 *
 * Decoding turns rows back into the model's records, which are then checked against its schema
 * like any other progress, so a wrong value is named by the field it lands in.
 */

type ColumnKind = 'time' | 'int' | 'number' | 'bool' | 'text' | 'json' | { oneOf: readonly string[] };
interface Column {
	field: string;
	kind: ColumnKind;
	/** A time written as the difference to this earlier time column of the same row. */
	since?: string;
}

const column = (field: string, kind: ColumnKind, since?: string): Column => (since ? { field, kind, since } : { field, kind });

/** The columns of each record, in the order rows hold them. Append new fields at the end only. */
export const TABLES = {
	lessons: [
		column('status', { oneOf: ['in-progress', 'done'] }),
		column('startedAt', 'time'),
		column('updatedAt', 'time', 'startedAt'),
		column('completedAt', 'time', 'startedAt'),
		column('contentHash', 'text'),
		column('solutionViewedAt', 'time'),
	],
	questions: [
		column('attempts', 'int'),
		column('firstCorrect', 'bool'),
		column('lastCorrect', 'bool'),
		column('firstAnsweredAt', 'time'),
		column('lastAnsweredAt', 'time', 'firstAnsweredAt'),
	],
	checklist: [column('done', 'bool'), column('updatedAt', 'time')],
	review: [
		column('addedAt', 'time'),
		column('due', 'time', 'addedAt'),
		column('stability', 'number'),
		column('difficulty', 'number'),
		column('scheduledDays', 'int'),
		column('learningSteps', 'int'),
		column('reps', 'int'),
		column('lapses', 'int'),
		column('state', 'int'),
		column('lastReview', 'time', 'addedAt'),
	],
	labTasks: [column('passedAt', 'time')],
	labSolutions: [column('viewedAt', 'time')],
	exams: [column('finishedAt', 'time'), column('right', 'int'), column('asked', 'int'), column('skills', 'json')],
} as const satisfies Record<string, readonly Column[]>;

type TableName = keyof typeof TABLES;
const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** One row: the (front-coded) id, then the fields. */
export type StoredRow = [string, ...unknown[]];

/** Progress as written: JSON-ready, version 5 and later. */
export type StoredProgress = { version: number; t0: number; persistRequested?: boolean; rev?: number } & Record<TableName, StoredRow[]>;

/** A decoded row's id shares at most this many characters with the one before; shorter prefixes are not worth the marker. */
const MIN_SHARED = 3;

/** Progress as written, as an object (export files carry it): the parsed text of encodeStored. */
export function compactProgress(progress: Progress): StoredProgress {
	return JSON.parse(encodeStored(progress));
}

/** What stored progress holds, as the model's plain JSON (not yet checked), or why its tables cannot be read. */
export type ExpandResult = { ok: true; data: Record<string, unknown> } | { ok: false; detail: string };

/**
 * Rows back into records. Fields that are not what their column expects are passed on as they
 * are, for the schema check to name; only what makes a table unreadable is reported here.
 */
export function expandStored(data: Record<string, unknown>): ExpandResult {
	const { t0 } = data;
	if (!Number.isSafeInteger(t0) || (t0 as number) < 0)
		return { ok: false, detail: `t0: expected a time in milliseconds, found ${quoted(t0)}` };
	const expanded: Record<string, unknown> = { ...data };
	delete expanded.t0;
	for (const name of TABLE_NAMES) {
		if (!Object.hasOwn(data, name)) continue;
		const rows = data[name];
		if (!Array.isArray(rows)) return { ok: false, detail: `${name}: expected a list of rows, found ${quoted(rows)}` };
		const columns: readonly Column[] = TABLES[name];
		const records: Record<string, Record<string, unknown>> = Object.create(null);
		let previous = '';
		for (let i = 0; i < rows.length; i++) {
			const row: unknown = rows[i];
			if (!Array.isArray(row) || typeof row[0] !== 'string')
				return { ok: false, detail: `${name}[${i}]: expected a row [id, …], found ${quoted(row)}` };
			const id = frontDecoded(row[0], previous);
			if (id === null)
				return { ok: false, detail: `${name}[${i}]: ${quoted(row[0])} does not continue the id before it (${quoted(previous)})` };
			if (Object.hasOwn(records, id)) return { ok: false, detail: `${name}[${i}]: ${quoted(id)} appears twice` };
			const entry: Record<string, unknown> = {};
			for (let c = 0; c < columns.length; c++) {
				const value = decodeField(columns[c]!, row[c + 1], entry, t0 as number);
				if (value !== undefined) entry[columns[c]!.field] = value;
			}
			records[id] = entry;
			previous = id;
		}
		expanded[name] = records;
	}
	return { ok: true, data: expanded };
}

/** Whether text of this version is written compactly (earlier versions wrote the model's objects). */
export function isCompactVersion(version: unknown): boolean {
	return typeof version === 'number' && version >= COMPACT_FROM_VERSION;
}

function encodeField(c: Column, entry: Record<string, unknown>, t0: number): unknown {
	const value = entry[c.field];
	if (value === undefined) return null;
	const kind = c.kind;
	if (kind === 'time') return (value as number) - (c.since ? (entry[c.since] as number) : t0);
	if (kind === 'bool') return value ? 1 : 0;
	if (typeof kind === 'object') return kind.oneOf.indexOf(value as string);
	return value;
}

function decodeField(c: Column, value: unknown, decoded: Record<string, unknown>, t0: number): unknown {
	if (value === null || value === undefined) return undefined;
	const kind = c.kind;
	if (kind === 'time' && typeof value === 'number') {
		const base = c.since ? decoded[c.since] : t0;
		return typeof base === 'number' ? base + value : value;
	}
	if (kind === 'bool' && (value === 0 || value === 1)) return value === 1;
	if (typeof kind === 'object' && Number.isInteger(value) && (value as number) >= 0 && (value as number) < kind.oneOf.length) {
		return kind.oneOf[value as number];
	}
	return value;
}

/**
 * The text of compactProgress(progress), written without building it: the store writes after
 * every answer, and in a long history almost every entry, and most tables, are the same objects
 * as at the last write (changes copy only what they change). Their text is kept and reused.
 */
export function encodeStored(progress: Progress): string {
	const t0 = earliestTime(progress);
	const parts = [`"version":${JSON.stringify(progress.version)}`, `"t0":${t0}`];
	for (const name of TABLE_NAMES) parts.push(`${JSON.stringify(name)}:${tableText(name, progress[name] as Records, t0)}`);
	if (progress.persistRequested !== undefined) parts.push(`"persistRequested":${JSON.stringify(progress.persistRequested)}`);
	if (progress.rev !== undefined) parts.push(`"rev":${JSON.stringify(progress.rev)}`);
	return `{${parts.join(',')}}`;
}

type Records = Record<string, Record<string, unknown>>;

/** Text kept for a table, valid while t0 is the same, and for a row, while t0, its id and the id before it are. */
const tableTexts = new WeakMap<Records, { t0: number; text: string }>();
const rowTexts = new WeakMap<Record<string, unknown>, { t0: number; id: string; previous: string; text: string }>();
const earliestTimes = new WeakMap<Records, number>();

function tableText(name: TableName, records: Records, t0: number): string {
	const kept = tableTexts.get(records);
	if (kept?.t0 === t0) return kept.text;
	const columns: readonly Column[] = TABLES[name];
	let previous = '';
	const rows = Object.keys(records)
		.sort()
		.map((id) => {
			const entry = records[id]!;
			let kept = rowTexts.get(entry);
			if (kept?.t0 !== t0 || kept.id !== id || kept.previous !== previous) {
				const values = columns.map((c) => encodeField(c, entry, t0));
				while (values.length && values.at(-1) === null) values.pop();
				const fields = values.length ? `,${JSON.stringify(values).slice(1, -1)}` : '';
				kept = { t0, id, previous, text: `[${JSON.stringify(frontCoded(id, previous))}${fields}]` };
				rowTexts.set(entry, kept);
			}
			previous = id;
			return kept.text;
		});
	const text = `[${rows.join(',')}]`;
	tableTexts.set(records, { t0, text });
	return text;
}

function earliestTime(progress: Progress): number {
	let earliest = Infinity;
	for (const name of TABLE_NAMES) {
		const records = progress[name] as Records;
		let tableEarliest = earliestTimes.get(records);
		if (tableEarliest === undefined) {
			tableEarliest = Infinity;
			const timeColumns = (TABLES[name] as readonly Column[]).filter((c) => c.kind === 'time' && !c.since);
			for (const id in records) {
				const entry = records[id]!;
				for (const c of timeColumns) {
					const value = entry[c.field];
					if (typeof value === 'number' && value < tableEarliest) tableEarliest = value;
				}
			}
			earliestTimes.set(records, tableEarliest);
		}
		if (tableEarliest < earliest) earliest = tableEarliest;
	}
	return earliest === Infinity ? 0 : earliest;
}

function frontCoded(id: string, previous: string): string {
	let shared = 0;
	const limit = Math.min(id.length, previous.length);
	while (shared < limit && id.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
	return shared >= MIN_SHARED ? `${shared}~${id.slice(shared)}` : id;
}

/** The id a row names, or null when its shared part is longer than the id before it. Ids never hold "~". */
function frontDecoded(written: string, previous: string): string | null {
	const marker = written.indexOf('~');
	if (marker === -1) return written;
	const shared = Number(written.slice(0, marker));
	if (marker === 0 || !Number.isInteger(shared) || shared > previous.length) return null;
	return previous.slice(0, shared) + written.slice(marker + 1);
}
