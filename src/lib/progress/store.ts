import type { Progress } from '../../schemas/progress';
import { decodeProgress, encodeProgress } from './codec';
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

/**
 * Progress as a tiny database in localStorage. Every change re-reads what is stored and applies
 * itself to that, so a change made in another tab is never overwritten by a stale copy. Nothing
 * already saved is ever replaced by something the store could not read: it is backed up first,
 * or, when even that fails, left alone.
 */
export class ProgressStore {
	readonly key: string;
	#storage: StorageArea | null = null;
	#progress: Progress = emptyProgress();
	/** Changes made in memory that storage has not accepted yet. */
	#unsaved = false;
	/** Writing is off when stored data must be protected (newer version, or a failed backup). */
	#writable = true;
	#notices: StoreNotice[] = [];
	#listeners = new Set<(progress: Progress) => void>();
	#now: () => number;

	constructor(options: ProgressStoreOptions) {
		this.key = options.key;
		this.#now = options.now ?? Date.now;
		try {
			this.#storage = options.storage();
		} catch {
			this.#storage = null;
		}
		if (!this.#storage) this.#notice({ kind: 'blocked' });
		this.#progress = this.#read() ?? emptyProgress();
	}

	get progress(): Progress {
		return this.#progress;
	}

	get notices(): readonly StoreNotice[] {
		return this.#notices;
	}

	get backupKey(): string {
		return `${this.key}:backup`;
	}

	/** The text of the last backup of unreadable progress, for the learner to download. */
	backupText(): string | null {
		const notice = this.#notices.find((n): n is Extract<StoreNotice, { kind: 'corrupt' }> => n.kind === 'corrupt');
		if (!notice?.backupKey || !this.#storage) return null;
		try {
			return this.#storage.getItem(notice.backupKey);
		} catch {
			return null;
		}
	}

	subscribe(listener: (progress: Progress) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Applies a change to the freshest stored progress and saves it. */
	update(change: (progress: Progress) => Progress): Progress {
		const stored = this.#read();
		const base = stored ? (this.#unsaved ? mergeProgress(stored, this.#progress) : stored) : this.#progress;
		const next = change(base);
		this.#progress = next;
		this.#write(next);
		this.#emit();
		return next;
	}

	/** Replaces everything (import with "replace", reset all). */
	replace(progress: Progress): void {
		this.#read();
		this.#progress = progress;
		this.#write(progress);
		this.#emit();
	}

	/** Call from the window's `storage` event: another tab changed progress. */
	receiveStorageEvent(key: string | null): void {
		if (key !== null && key !== this.key) return;
		const stored = this.#read();
		if (stored) this.#progress = this.#unsaved ? mergeProgress(stored, this.#progress) : stored;
		this.#emit();
	}

	/** Reads and decodes stored progress; null when there is none to use. Handles every fault. */
	#read(): Progress | null {
		if (!this.#storage || !this.#writable) return null;
		let raw: string | null;
		try {
			raw = this.#storage.getItem(this.key);
		} catch {
			this.#storage = null;
			this.#notice({ kind: 'blocked' });
			return null;
		}
		const decoded = decodeProgress(raw);
		switch (decoded.kind) {
			case 'empty':
				return emptyProgress();
			case 'ok':
				if (decoded.migratedFrom !== undefined) this.#write(decoded.progress);
				return decoded.progress;
			case 'newer':
				this.#writable = false;
				this.#notice({ kind: 'newer', version: decoded.version });
				return null;
			case 'corrupt':
				this.#backUp(raw!, decoded.problem);
				return this.#writable ? emptyProgress() : null;
		}
	}

	#backUp(raw: string, problem: string) {
		let backupKey: string | null = this.backupKey;
		try {
			const existing = this.#storage!.getItem(backupKey);
			if (existing !== null && existing !== raw) backupKey = `${this.backupKey}:${this.#now()}`;
			this.#storage!.setItem(backupKey, raw);
		} catch {
			// Without a copy, overwriting the unreadable value would destroy it: stop writing instead.
			backupKey = null;
			this.#writable = false;
		}
		this.#notice({ kind: 'corrupt', problem, backupKey });
	}

	#write(progress: Progress) {
		if (!this.#storage || !this.#writable) {
			this.#unsaved = true;
			return;
		}
		try {
			this.#storage.setItem(this.key, encodeProgress(progress));
			this.#unsaved = false;
			this.#notices = this.#notices.filter((notice) => notice.kind !== 'quota');
		} catch (error) {
			this.#unsaved = true;
			if (isQuotaError(error)) {
				this.#notice({ kind: 'quota' });
			} else {
				this.#storage = null;
				this.#notice({ kind: 'blocked' });
			}
		}
	}

	#notice(notice: StoreNotice) {
		this.#notices = [...this.#notices.filter((n) => n.kind !== notice.kind), notice];
	}

	#emit() {
		for (const listener of this.#listeners) listener(this.#progress);
	}
}

function isQuotaError(error: unknown): boolean {
	return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** One key per site and base path, so two sites on one origin never share progress. */
export function progressStorageKey(siteId: string, base: string): string {
	return `devops-path:${siteId}:${base}:progress`;
}
