import type { Progress } from '../../schemas/progress';
import type { Message } from '../locale/messages';
import { decodeProgress, encodeProgress } from './decode';
import { emptyProgress, mergeProgress } from './model';

/** The part of localStorage (or sessionStorage) the store uses; any call may throw (blocked storage, full quota). */
export interface StorageArea {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The part of the Web Locks API (`navigator.locks`) the store uses. */
export interface LockManagerLike {
	request(name: string, callback: () => unknown): Promise<unknown>;
}

export type StoreNotice =
	/** Storage can't be used at all: progress lasts only as long as the page. */
	| { kind: 'blocked' }
	/**
	 * The last change could not be saved because storage is full. `kept`: it was put aside for this
	 * tab (sessionStorage) and is saved by the next page that finds room; otherwise it lasts only
	 * as long as this page.
	 */
	| { kind: 'quota'; kept: boolean }
	/** Saved progress was unreadable; its text was kept under `backupKey` (null: backing up failed too). */
	| { kind: 'corrupt'; problem: Message; backupKey: string | null }
	/** Saved by a newer version of the site: left untouched, this page works in memory. */
	| { kind: 'newer'; version: number };

/** Whether the changes made so far are in storage, and if not, why not. */
export type SaveOutcome = { saved: true } | { saved: false; reason: 'blocked' | 'quota' | 'newer' | 'protected' };

/** A copy of unreadable progress kept beside it. */
export interface Backup {
	key: string;
	savedAt: number;
	/**
	 * Why it was unreadable, for diagnosis; no page shows it. Stored as text, as it always was: the
	 * Message as JSON, in no language (older backups hold English text here, or nothing).
	 */
	problem: string;
}

export type Change = (progress: Progress) => Progress;

export interface ProgressStoreOptions {
	/** Returns the storage to use; may throw when the browser blocks storage. */
	storage: () => StorageArea;
	/** localStorage key, namespaced by site id and base path. */
	key: string;
	now?: () => number;
	/**
	 * Serialises writes across tabs. Without it (an old browser, unit tests) a change is written at
	 * once, and a write that another tab overwrote from an older copy is detected by its `rev` and
	 * applied again.
	 */
	locks?: LockManagerLike | null;
	/** Where changes that storage refused wait for the next page of this tab (sessionStorage). */
	session?: () => StorageArea;
}

export interface ProgressStore {
	readonly key: string;
	/** What the learner has done: stored progress with every change of this page applied. */
	readonly progress: Progress;
	readonly notices: readonly StoreNotice[];
	/** The copies of unreadable progress kept in this browser, oldest first. */
	backups(): Backup[];
	/** The text of a backup (the newest when no key is given), for the learner to download. */
	backupText(key?: string): string | null;
	/** The raw text in storage, e.g. progress saved by a newer version, for the learner to download. */
	storedText(): string | null;
	subscribe(listener: (progress: Progress) => void): () => void;
	/** Applies a change to the freshest stored progress and saves it. */
	update(change: Change): Progress;
	/** Replaces everything (import with "replace", reset all). */
	replace(progress: Progress): void;
	/** Settles once every change made so far was written, or could not be. */
	whenSaved(): Promise<SaveOutcome>;
	/** Writes pending changes now, without waiting for the cross-tab lock (the page is going away). */
	flushNow(): void;
	/** Takes back a change storage refused (an import the learner is told did not happen). */
	withdraw(change: Change): void;
	/** What storage holds now, read from storage again; null when nothing readable is there. */
	readBack(): Progress | null;
	/** Call from the window's `storage` event: another tab changed progress. */
	receiveStorageEvent(key: string | null): void;
}

/** How long this tab remembers its own writes, to apply them again if another tab overwrote them. */
const RECENT_MS = 10_000;

/**
 * Progress as a tiny database in localStorage. Every change is a function, applied to the freshest
 * stored progress under a cross-tab lock, so a change made in another tab is never overwritten by a
 * stale copy. Nothing already saved is ever replaced by something the store could not read: it is
 * backed up first, or, when even that fails, left alone. A change storage refuses waits in this
 * tab's sessionStorage for the next page rather than vanishing.
 */
export function createProgressStore({
	storage: openStorage,
	key,
	now = Date.now,
	locks = null,
	session: openSession,
}: ProgressStoreOptions): ProgressStore {
	let storage: StorageArea | null = null;
	/** The progress last read from or written to storage. */
	let base = emptyProgress();
	/** Changes of this page that storage has not accepted yet, in order. */
	let pending: Change[] = [];
	let progress = base;
	/** Writing is off when stored data must be protected (newer version, or a failed backup). */
	let writable = true;
	let newerVersion: number | undefined;
	let notices: StoreNotice[] = [];
	let outcome: SaveOutcome = { saved: true };
	let flushQueued = false;
	let waiters: ((outcome: SaveOutcome) => void)[] = [];
	/** This tab's own recent writes: their `rev` and the changes they carried. */
	let recent: { rev: number; at: number; changes: Change[] }[] = [];
	const listeners = new Set<(progress: Progress) => void>();
	const backupKey = `${key}:backup`;
	const backupIndexKey = `${key}:backups`;
	const stashKey = `${key}:unsaved`;
	const lockName = `${key}:lock`;
	/**
	 * The stored text last read or written and what it decodes to. Every change re-reads storage;
	 * while the text is unchanged (no other tab wrote), checking it again would only cost time,
	 * which grows with the learner's history.
	 */
	let known: { raw: string; progress: Progress } | undefined;
	/** The text this tab last wrote, to recognise it when it comes back. */
	let lastWritten: { raw: string; rev: number } | undefined;
	/** Stored progress was in an older format: it is written back in today's. */
	let migrated = false;

	const notice = (next: StoreNotice) => {
		notices = [...notices.filter((n) => n.kind !== next.kind), next];
	};
	const emit = () => {
		for (const listener of listeners) listener(progress);
	};
	const block = () => {
		storage = null;
		notice({ kind: 'blocked' });
	};
	/** The base `progress` was last built from: while it is still the base, flushing reuses that work. */
	let rebuiltFrom: Progress | undefined;
	const rebuild = () => {
		progress = pending.reduce((next, change) => change(next), base);
		rebuiltFrom = base;
	};

	const session = (): StorageArea | null => {
		try {
			return openSession?.() ?? null;
		} catch {
			return null;
		}
	};
	/** Puts what storage refused aside for this tab; true when that worked. */
	const stash = (): boolean => {
		try {
			const area = session();
			if (!area) return false;
			area.setItem(stashKey, encodeProgress(progress));
			return true;
		} catch {
			return false;
		}
	};
	const clearStash = () => {
		try {
			session()?.removeItem(stashKey);
		} catch {
			// Nothing was stashed where storage cannot even be read.
		}
	};
	const stashed = (): Progress | null => {
		try {
			const decoded = decodeProgress(session()?.getItem(stashKey) ?? null);
			return decoded.kind === 'ok' ? decoded.progress : null;
		} catch {
			return null;
		}
	};

	const backupIndex = (): Backup[] => {
		try {
			const listed = JSON.parse(storage?.getItem(backupIndexKey) ?? '[]');
			const index: Backup[] = Array.isArray(listed) ? listed.filter(isBackup) : [];
			// Backups made before the index existed lived under one fixed key.
			if (!index.some((b) => b.key === backupKey) && storage?.getItem(backupKey) !== null && storage) {
				index.unshift({ key: backupKey, savedAt: 0, problem: '' });
			}
			return index.filter((b) => storage?.getItem(b.key) !== null);
		} catch {
			return [];
		}
	};

	const backUp = (raw: string, problem: Message) => {
		let savedAs: string | null = null;
		try {
			const index = backupIndex();
			// The same unreadable text seen again (another page, another tab) is kept once.
			savedAs = index.find((b) => storage!.getItem(b.key) === raw)?.key ?? null;
			if (!savedAs) {
				savedAs = index.some((b) => b.key === backupKey) ? `${backupKey}:${now()}` : backupKey;
				storage!.setItem(savedAs, raw);
				storage!.setItem(backupIndexKey, JSON.stringify([...index, { key: savedAs, savedAt: now(), problem: JSON.stringify(problem) }]));
			}
		} catch {
			// Without a copy, overwriting the unreadable value would destroy it: stop writing instead.
			savedAs = null;
			writable = false;
		}
		notice({ kind: 'corrupt', problem, backupKey: savedAs });
	};

	/** Reads and decodes stored progress; null when there is none to use. Handles every fault. */
	const read = (): Progress | null => {
		if (!storage || !writable) return null;
		let raw: string | null;
		try {
			raw = storage.getItem(key);
		} catch {
			block();
			return null;
		}
		if (known && raw === known.raw) return known.progress;
		const decoded = decodeProgress(raw);
		switch (decoded.kind) {
			case 'empty':
				return emptyProgress();
			case 'ok':
				known = { raw: raw!, progress: decoded.progress };
				if (decoded.migratedFrom !== undefined) migrated = true;
				return decoded.progress;
			case 'newer':
				writable = false;
				newerVersion = decoded.version;
				notice({ kind: 'newer', version: decoded.version });
				return null;
			case 'corrupt':
				backUp(raw!, decoded.problem);
				return writable ? emptyProgress() : null;
		}
	};

	const write = (next: Progress): SaveOutcome => {
		if (!writable) return { saved: false, reason: newerVersion !== undefined ? 'newer' : 'protected' };
		if (!storage) return { saved: false, reason: 'blocked' };
		try {
			const raw = encodeProgress(next);
			storage.setItem(key, raw);
			known = { raw, progress: next };
			lastWritten = { raw, rev: next.rev ?? 0 };
			notices = notices.filter((n) => n.kind !== 'quota');
			return { saved: true };
		} catch (error) {
			if (isQuotaError(error)) return { saved: false, reason: 'quota' };
			block();
			return { saved: false, reason: 'blocked' };
		}
	};

	/** Applies the pending changes to what storage holds now and writes the result. */
	const flush = () => {
		flushQueued = false;
		if (pending.length) {
			const stored = read();
			if (stored) base = stored;
			const changes = pending;
			const rev = (base.rev ?? 0) + 1;
			// Merging an import or a long history costs milliseconds: apply the changes again only if storage moved on.
			const applied = rebuiltFrom === base ? progress : changes.reduce((p, change) => change(p), base);
			const next = { ...applied, rev };
			outcome = write(next);
			if (outcome.saved) {
				base = next;
				pending = [];
				const at = now();
				recent = [...recent.filter((entry) => at - entry.at < RECENT_MS), { rev, at, changes }];
				clearStash();
			}
			rebuild();
			if (!outcome.saved && outcome.reason === 'quota') notice({ kind: 'quota', kept: stash() });
			else if (!outcome.saved && outcome.reason === 'blocked') stash();
			emit();
		}
		const settled = waiters;
		waiters = [];
		for (const resolve of settled) resolve(outcome);
	};

	const schedule = () => {
		if (!locks) return flush();
		if (flushQueued) return;
		flushQueued = true;
		locks.request(lockName, flush).catch(flush);
	};

	try {
		storage = openStorage();
	} catch {
		storage = null;
	}
	if (!storage) notice({ kind: 'blocked' });
	base = read() ?? emptyProgress();
	const leftOver = stashed();
	if (leftOver) pending.push((p) => mergeProgress(p, leftOver));
	else if (migrated) pending.push((p) => p);
	rebuild();
	if (pending.length) schedule();

	const update = (change: Change) => {
		const stored = read();
		if (stored) base = stored;
		pending.push(change);
		rebuild();
		emit();
		schedule();
		return progress;
	};

	return {
		key,
		get progress() {
			return progress;
		},
		get notices() {
			return notices;
		},
		backups: backupIndex,
		backupText(wanted) {
			try {
				const chosen = wanted ?? backupIndex().at(-1)?.key;
				return chosen && storage ? storage.getItem(chosen) : null;
			} catch {
				return null;
			}
		},
		storedText() {
			try {
				return storage?.getItem(key) ?? null;
			} catch {
				return null;
			}
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		update,
		replace(next) {
			update(() => next);
		},
		whenSaved() {
			if (!flushQueued) return Promise.resolve(outcome);
			return new Promise((resolve) => waiters.push(resolve));
		},
		flushNow() {
			if (pending.length) flush();
		},
		withdraw(change) {
			if (!pending.includes(change)) return;
			pending = pending.filter((c) => c !== change);
			rebuild();
			if (pending.length) stash();
			else {
				clearStash();
				notices = notices.filter((n) => n.kind !== 'quota');
			}
			emit();
		},
		readBack() {
			try {
				const raw = storage?.getItem(key) ?? null;
				// Storage holding exactly the text last read or written holds what that text decoded to.
				if (known && raw === known.raw) return known.progress;
				const decoded = decodeProgress(raw);
				return decoded.kind === 'ok' ? decoded.progress : null;
			} catch {
				return null;
			}
		},
		receiveStorageEvent(changedKey) {
			if (changedKey !== null && changedKey !== key) return;
			const stored = read();
			if (!stored) return;
			base = stored;
			const rev = stored.rev ?? 0;
			// Another tab wrote from a copy that did not hold this tab's last write: apply ours again.
			if (lastWritten && rev <= lastWritten.rev && known?.raw !== lastWritten.raw) {
				const lost = recent.filter((entry) => entry.rev >= rev).flatMap((entry) => entry.changes);
				recent = recent.filter((entry) => entry.rev < rev);
				lastWritten = undefined;
				if (lost.length) {
					pending = [...lost, ...pending];
					rebuild();
					emit();
					schedule();
					return;
				}
			}
			rebuild();
			emit();
		},
	};
}

function isBackup(value: unknown): value is Backup {
	const b = value as Backup;
	return typeof b === 'object' && b !== null && typeof b.key === 'string' && typeof b.savedAt === 'number' && typeof b.problem === 'string';
}

function isQuotaError(error: unknown): boolean {
	return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** One key per site and base path, so two sites on one origin never share progress. */
export function progressStorageKey(siteId: string, base: string): string {
	return `devops-path:${siteId}:${base}:progress`;
}
