import type { Progress } from '../../schemas/progress';
import { decodeProgress, encodeProgress } from './decode';
import { emptyProgress, mergeProgress } from './model';

/** The part of localStorage the store uses; any call may throw (blocked storage, full quota). */
export interface StorageArea {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type StoreNotice =
	/** Storage can't be used at all: progress lasts only as long as the page. */
	| { kind: 'blocked' }
	/** The last change could not be saved because storage is full; it is kept in memory. */
	| { kind: 'quota' }
	/** Saved progress was unreadable; its text was kept under `backupKey` (null: backing up failed too). */
	| { kind: 'corrupt'; problem: string; backupKey: string | null }
	/** Saved by a newer version of the site: left untouched, this page works in memory. */
	| { kind: 'newer'; version: number };

export interface ProgressStoreOptions {
	/** Returns the storage to use; may throw when the browser blocks storage. */
	storage: () => StorageArea;
	/** localStorage key, namespaced by site id and base path. */
	key: string;
	now?: () => number;
}

export interface ProgressStore {
	readonly key: string;
	readonly progress: Progress;
	readonly notices: readonly StoreNotice[];
	/** The text of the last backup of unreadable progress, for the learner to download. */
	backupText(): string | null;
	subscribe(listener: (progress: Progress) => void): () => void;
	/** Applies a change to the freshest stored progress and saves it. */
	update(change: (progress: Progress) => Progress): Progress;
	/** Replaces everything (import with "replace", reset all). */
	replace(progress: Progress): void;
	/** Call from the window's `storage` event: another tab changed progress. */
	receiveStorageEvent(key: string | null): void;
}

/**
 * Progress as a tiny database in localStorage. Every change re-reads what is stored and applies
 * itself to that, so a change made in another tab is never overwritten by a stale copy. Nothing
 * already saved is ever replaced by something the store could not read: it is backed up first,
 * or, when even that fails, left alone.
 */
export function createProgressStore({ storage: openStorage, key, now = Date.now }: ProgressStoreOptions): ProgressStore {
	let storage: StorageArea | null = null;
	let progress = emptyProgress();
	/** Changes made in memory that storage has not accepted yet. */
	let unsaved = false;
	/** Writing is off when stored data must be protected (newer version, or a failed backup). */
	let writable = true;
	let notices: StoreNotice[] = [];
	const listeners = new Set<(progress: Progress) => void>();
	const backupKey = `${key}:backup`;
	/**
	 * The stored text last read or written and what it decodes to. Every change re-reads storage;
	 * while the text is unchanged (no other tab wrote), checking it again would only cost time,
	 * which grows with the learner's history.
	 */
	let known: { raw: string; progress: Progress } | undefined;

	const notice = (next: StoreNotice) => {
		notices = [...notices.filter((n) => n.kind !== next.kind), next];
	};
	const emit = () => listeners.forEach((listener) => listener(progress));
	const block = () => {
		storage = null;
		notice({ kind: 'blocked' });
	};

	const write = (next: Progress) => {
		if (!storage || !writable) {
			unsaved = true;
			return;
		}
		try {
			const raw = encodeProgress(next);
			storage.setItem(key, raw);
			known = { raw, progress: next };
			unsaved = false;
			notices = notices.filter((n) => n.kind !== 'quota');
		} catch (error) {
			unsaved = true;
			if (isQuotaError(error)) notice({ kind: 'quota' });
			else block();
		}
	};

	const backUp = (raw: string, problem: string) => {
		let savedAs: string | null = backupKey;
		try {
			const existing = storage!.getItem(backupKey);
			if (existing !== null && existing !== raw) savedAs = `${backupKey}:${now()}`;
			storage!.setItem(savedAs, raw);
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
				if (decoded.migratedFrom !== undefined) write(decoded.progress);
				else known = { raw: raw!, progress: decoded.progress };
				return decoded.progress;
			case 'newer':
				writable = false;
				notice({ kind: 'newer', version: decoded.version });
				return null;
			case 'corrupt':
				backUp(raw!, decoded.problem);
				return writable ? emptyProgress() : null;
		}
	};

	const fresh = () => {
		const stored = read();
		return stored ? (unsaved ? mergeProgress(stored, progress) : stored) : progress;
	};

	try {
		storage = openStorage();
	} catch {
		storage = null;
	}
	if (!storage) notice({ kind: 'blocked' });
	progress = read() ?? emptyProgress();

	return {
		key,
		get progress() {
			return progress;
		},
		get notices() {
			return notices;
		},
		backupText() {
			const corrupt = notices.find((n): n is Extract<StoreNotice, { kind: 'corrupt' }> => n.kind === 'corrupt');
			try {
				return corrupt?.backupKey && storage ? storage.getItem(corrupt.backupKey) : null;
			} catch {
				return null;
			}
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		update(change) {
			progress = change(fresh());
			write(progress);
			emit();
			return progress;
		},
		replace(next) {
			read();
			progress = next;
			write(next);
			emit();
		},
		receiveStorageEvent(changedKey) {
			if (changedKey !== null && changedKey !== key) return;
			progress = fresh();
			emit();
		},
	};
}

function isQuotaError(error: unknown): boolean {
	return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** One key per site and base path, so two sites on one origin never share progress. */
export function progressStorageKey(siteId: string, base: string): string {
	return `devops-path:${siteId}:${base}:progress`;
}
