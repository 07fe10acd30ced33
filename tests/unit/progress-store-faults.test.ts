import { describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/lib/progress/answers';
import { checkProgress } from '../../src/lib/progress/decode';
import { setLessonDone } from '../../src/lib/progress/lessons';
import { emptyProgress, mergeProgress, startLesson } from '../../src/lib/progress/model';
import { entryOf } from '../../src/lib/progress/records';
import { dueForReview } from '../../src/lib/progress/review-queue';
import { createProgressStore, progressStorageKey, type LockManagerLike, type StorageArea } from '../../src/lib/progress/store';
import { readImportFile, MAX_IMPORT_CHARACTERS } from '../../src/lib/progress/transfer';
import { formatsFor } from '../../src/lib/locale/format';
import { say } from '../../src/lib/locale/messages';
import { inEnglish } from '../support/english';
import { said } from '../support/said';
import { readStored } from '../support/stored-progress';

const KEY = progressStorageKey('devops-path', '/');

class MemoryStorage implements StorageArea {
	items = new Map<string, string>();
	quotaFull = false;
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.quotaFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

/** A tab's view of shared storage that can lag behind, as a browser's per-process cache can. */
class LaggingView implements StorageArea {
	snapshot: Map<string, string> | null = null;
	constructor(readonly shared: MemoryStorage) {}
	freeze() {
		this.snapshot = new Map(this.shared.items);
	}
	getItem(key: string) {
		return (this.snapshot ?? this.shared.items).get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.snapshot = null;
		this.shared.setItem(key, value);
	}
	removeItem(key: string) {
		this.shared.removeItem(key);
	}
}

/** Web Locks stand-in: callbacks run one at a time, when the test says so. */
class ManualLocks implements LockManagerLike {
	queue: (() => unknown)[] = [];
	request(_name: string, callback: () => unknown) {
		this.queue.push(callback);
		return Promise.resolve();
	}
	runAll() {
		while (this.queue.length) this.queue.shift()!();
	}
}

const stored = (storage: MemoryStorage) => readStored(storage.items.get(KEY));

describe('cross-tab updates', () => {
	it('under a lock, each tab applies its change to what the other saved', () => {
		const storage = new MemoryStorage();
		const locks = new ManualLocks();
		const tabA = createProgressStore({ storage: () => storage, key: KEY, locks });
		const tabB = createProgressStore({ storage: () => storage, key: KEY, locks });
		tabA.update((p) => setLessonDone(p, 'lesson-a', true, 'h', 10));
		tabB.update((p) => setLessonDone(p, 'lesson-b', true, 'h', 11));
		// The change shows at once, before the lock is granted.
		expect(tabA.progress.lessons['lesson-a']?.status).toBe('done');
		expect(storage.items.get(KEY)).toBeUndefined();
		locks.runAll();
		expect(Object.keys(stored(storage).lessons).sort()).toEqual(['lesson-a', 'lesson-b']);
		tabA.receiveStorageEvent(KEY);
		expect(Object.keys(tabA.progress.lessons).sort()).toEqual(['lesson-a', 'lesson-b']);
	});

	it('whenSaved settles after the locked write', async () => {
		const storage = new MemoryStorage();
		const locks = new ManualLocks();
		const store = createProgressStore({ storage: () => storage, key: KEY, locks });
		store.update((p) => setLessonDone(p, 'lesson-a', true, 'h', 10));
		const saved = store.whenSaved();
		locks.runAll();
		expect(await saved).toEqual({ saved: true });
		expect(store.readBack()?.lessons['lesson-a']?.status).toBe('done');
	});

	it('a write another tab made from a stale copy is detected by its rev, and this tab applies its change again', () => {
		const shared = new MemoryStorage();
		const viewB = new LaggingView(shared);
		const tabA = createProgressStore({ storage: () => shared, key: KEY });
		const tabB = createProgressStore({ storage: () => viewB, key: KEY });
		tabA.update((p) => setLessonDone(p, 'base', true, 'h', 1));
		tabB.receiveStorageEvent(KEY);
		viewB.freeze();
		tabA.update((p) => setLessonDone(p, 'lesson-a', true, 'h', 10));
		// B has not seen A's write yet and overwrites it.
		tabB.update((p) => setLessonDone(p, 'lesson-b', true, 'h', 11));
		expect(Object.keys(stored(shared).lessons).sort()).toEqual(['base', 'lesson-b']);
		tabA.receiveStorageEvent(KEY);
		expect(Object.keys(stored(shared).lessons).sort()).toEqual(['base', 'lesson-a', 'lesson-b']);
		tabB.receiveStorageEvent(KEY);
		expect(Object.keys(tabB.progress.lessons).sort()).toEqual(['base', 'lesson-a', 'lesson-b']);
		// B's own write is not applied twice when A's newer write arrives.
		expect(stored(shared).rev).toBe(3);
	});

	it('a change already written is not applied again when a newer write arrives', () => {
		const storage = new MemoryStorage();
		const tabA = createProgressStore({ storage: () => storage, key: KEY });
		const tabB = createProgressStore({ storage: () => storage, key: KEY });
		tabA.update((p) => recordAnswer(p, 'q1', true, 10));
		tabB.update((p) => recordAnswer(p, 'q2', true, 11));
		tabA.receiveStorageEvent(KEY);
		expect(stored(storage).questions.q1?.attempts).toBe(1);
		expect(tabA.progress.questions.q1?.attempts).toBe(1);
	});
});

describe('ids that are names of Object.prototype members', () => {
	it('an imported question or lesson id "constructor" is stored and read back like any other', () => {
		const file = JSON.stringify({
			format: 'devops-path-progress',
			siteId: 'devops-path',
			exportedAt: 1,
			progress: {
				version: 2,
				lessons: { constructor: { status: 'done', startedAt: 1, updatedAt: 2 } },
				questions: { constructor: { attempts: 2, firstCorrect: false, lastCorrect: true, firstAnsweredAt: 1, lastAnsweredAt: 2 } },
				checklist: {},
				review: {},
			},
		});
		const result = readImportFile(file, formatsFor('en'));
		if (!result.ok) throw new Error(say(inEnglish, result.problem));
		const storage = new MemoryStorage();
		const store = createProgressStore({ storage: () => storage, key: KEY });
		store.update((p) => mergeProgress(p, result.file.progress));
		const reopened = createProgressStore({ storage: () => storage, key: KEY });
		expect(reopened.notices).toEqual([]);
		expect(entryOf(reopened.progress.questions, 'constructor')).toEqual({
			attempts: 2,
			firstCorrect: false,
			lastCorrect: true,
			firstAnsweredAt: 1,
			lastAnsweredAt: 2,
		});
		expect(entryOf(reopened.progress.lessons, 'constructor')?.status).toBe('done');
	});

	it('model operations never mistake an inherited member for an entry', () => {
		let progress = startLesson(emptyProgress(), 'constructor', 5);
		expect(entryOf(progress.lessons, 'constructor')).toEqual({ status: 'in-progress', startedAt: 5, updatedAt: 5 });
		progress = recordAnswer(progress, 'tostring', true, 6);
		progress = recordAnswer(progress, 'constructor', false, 7);
		expect(entryOf(progress.questions, 'constructor')?.attempts).toBe(1);
		const merged = mergeProgress(progress, progress);
		expect(entryOf(merged.questions, 'constructor')?.attempts).toBe(1);
		expect(JSON.parse(JSON.stringify(merged)).lessons.constructor.status).toBe('in-progress');
	});

	it('decoded records have no prototype', () => {
		const decoded = checkProgress({ version: 2, lessons: {}, questions: {}, checklist: {}, review: {} });
		if (decoded.kind !== 'ok') throw new Error('expected ok');
		expect(Object.getPrototypeOf(decoded.progress.lessons)).toBeNull();
		expect('constructor' in decoded.progress.lessons).toBe(false);
		expect(Object.getPrototypeOf(decoded.progress.review)).toBeNull();
	});
});

describe('changes storage refuses', () => {
	it('wait in sessionStorage for the next page, which saves them and clears them', () => {
		const storage = new MemoryStorage();
		const session = new MemoryStorage();
		const page1 = createProgressStore({ storage: () => storage, key: KEY, session: () => session });
		page1.update((p) => setLessonDone(p, 'saved', true, 'h', 1));
		storage.quotaFull = true;
		page1.update((p) => setLessonDone(p, 'while-full', true, 'h', 2));
		page1.update((p) => recordAnswer(p, 'q-while-full', false, 3));
		expect(page1.notices).toEqual([{ kind: 'quota', kept: true }]);
		// The next page, still full: the change is in its progress (so in an export), still waiting.
		const page2 = createProgressStore({ storage: () => storage, key: KEY, session: () => session });
		expect(page2.progress.lessons['while-full']?.status).toBe('done');
		expect(page2.progress.questions['q-while-full']?.attempts).toBe(1);
		expect(page2.notices).toEqual([{ kind: 'quota', kept: true }]);
		storage.quotaFull = false;
		const page3 = createProgressStore({ storage: () => storage, key: KEY, session: () => session });
		expect(page3.notices).toEqual([]);
		expect(Object.keys(stored(storage).lessons).sort()).toEqual(['saved', 'while-full']);
		expect(stored(storage).questions['q-while-full']?.attempts).toBe(1);
		expect(session.items.size).toBe(0);
	});

	it('whenSaved says why a change was not saved', async () => {
		const storage = new MemoryStorage();
		storage.items.set(KEY, JSON.stringify({ version: 99 }));
		const newer = createProgressStore({ storage: () => storage, key: KEY });
		newer.replace(emptyProgress());
		expect(await newer.whenSaved()).toEqual({ saved: false, reason: 'newer' });
		expect(storage.items.get(KEY)).toBe('{"version":99}');
		const full = new MemoryStorage();
		const store = createProgressStore({ storage: () => full, key: KEY });
		full.quotaFull = true;
		store.update((p) => setLessonDone(p, 'a', true, 'h', 1));
		expect(await store.whenSaved()).toEqual({ saved: false, reason: 'quota' });
	});
});

describe('backups of unreadable progress', () => {
	it('the same unreadable text is kept once, and every backup is listed until it is gone', () => {
		const storage = new MemoryStorage();
		storage.items.set(KEY, '{"version":1,"lessons":');
		let time = 100;
		const open = () => createProgressStore({ storage: () => storage, key: KEY, now: () => time++ });
		open();
		storage.items.set(KEY, '{"version":1,"lessons":');
		open();
		expect(
			open()
				.backups()
				.map((b) => b.key),
		).toEqual([`${KEY}:backup`]);
		storage.items.set(KEY, 'something else');
		const store = open();
		const backups = store.backups();
		expect(backups).toHaveLength(2);
		expect(store.backupText(backups[0]!.key)).toBe('{"version":1,"lessons":');
		expect(store.backupText(backups[1]!.key)).toBe('something else');
		// The index keeps the problem as text, as it always has: the message as JSON, in no language.
		expect(typeof backups[1]!.problem).toBe('string');
		expect(say(inEnglish, JSON.parse(backups[1]!.problem))).toBe('the saved progress is not valid JSON');
		storage.removeItem(backups[0]!.key);
		expect(
			open()
				.backups()
				.map((b) => b.key),
		).toEqual([backups[1]!.key]);
	});
	it('an index written before problems were messages still lists its backups as they are', () => {
		const storage = new MemoryStorage();
		const older = { key: `${KEY}:backup`, savedAt: 5, problem: 'the saved progress is not valid JSON' };
		storage.items.set(`${KEY}:backup`, 'garbage');
		storage.items.set(`${KEY}:backups`, JSON.stringify([older]));
		expect(createProgressStore({ storage: () => storage, key: KEY }).backups()).toEqual([older]);
	});
});

describe('import limits', () => {
	it('a file over the limit is refused before it is read, naming the limit', () => {
		const result = readImportFile('x'.repeat(MAX_IMPORT_CHARACTERS + 1), formatsFor('en'));
		expect(said(result)).toEqual({ ok: false, problem: expect.stringContaining('4 MB') });
	});
});

describe('questions removed from the course', () => {
	it('keep their history and card; the review queue only skips them', () => {
		let progress = recordAnswer(emptyProgress(), 'retired-q', false, 1);
		progress = { ...progress, review: { ...progress.review } };
		progress.review['retired-q'] = {
			due: 0,
			stability: 0,
			difficulty: 0,
			scheduledDays: 0,
			learningSteps: 0,
			reps: 0,
			lapses: 0,
			state: 0,
			addedAt: 1,
		};
		progress.review['live-q'] = {
			due: 0,
			stability: 0,
			difficulty: 0,
			scheduledDays: 0,
			learningSteps: 0,
			reps: 0,
			lapses: 0,
			state: 0,
			addedAt: 1,
		};
		expect(dueForReview(progress, 10, (id) => id === 'live-q')).toEqual(['live-q']);
		expect(dueForReview(progress, 10, (id) => id === 'live-q' || id === 'retired-q').sort()).toEqual(['live-q', 'retired-q']);
	});
});
