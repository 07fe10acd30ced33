/**
 * Progress keeps lessons, questions, checklist items and review cards in records keyed by ids
 * that come from content and from imported files. A plain object inherits `constructor`,
 * `toString` and the like, so `record['constructor']` would find a function where no entry
 * exists. These records have no prototype: every key is an entry or nothing. Always build them
 * through these helpers; a spread (`{ ...record }`) brings the prototype back.
 */
export type IdRecord<T> = Record<string, T>;

/** A prototype-free copy of `entries`. */
export function idRecord<T>(entries: Iterable<readonly [string, T]> | IdRecord<T> = []): IdRecord<T> {
	const record: IdRecord<T> = Object.create(null);
	const pairs = Symbol.iterator in entries ? (entries as Iterable<readonly [string, T]>) : Object.entries(entries as IdRecord<T>);
	for (const [id, value] of pairs) record[id] = value;
	return record;
}

/** A copy of `record` with `id` set to `value`. */
export function withEntry<T>(record: IdRecord<T>, id: string, value: T): IdRecord<T> {
	const copy = idRecord(record);
	copy[id] = value;
	return copy;
}

/** A copy of `record` without the given ids. */
export function withoutEntries<T>(record: IdRecord<T>, ids: Iterable<string>): IdRecord<T> {
	const drop = new Set(ids);
	return idRecord(Object.entries(record).filter(([id]) => !drop.has(id)));
}

/** The entry stored under `id`, never an inherited property. */
export function entryOf<T>(record: IdRecord<T>, id: string): T | undefined {
	return Object.hasOwn(record, id) ? record[id] : undefined;
}
