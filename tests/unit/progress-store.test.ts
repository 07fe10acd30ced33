import { describe, expect, it } from 'vitest';
import { setLessonDone } from '../../src/lib/progress/lessons';
import { emptyProgress, startLesson } from '../../src/lib/progress/model';
import { recordAnswer } from '../../src/lib/progress/answers';
import { createProgressStore, progressStorageKey, type StorageArea } from '../../src/lib/progress/store';
import { said } from '../support/said';
import { readStored } from '../support/stored-progress';

const KEY = progressStorageKey('devops-path', '/');

/** An in-memory localStorage whose faults can be switched on. */
class FakeStorage implements StorageArea {
	items = new Map<string, string>();
	quotaFull = false;
	blocked = false;
	getItem(key: string) {
		if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
		if (this.quotaFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

const open = (storage: FakeStorage, now = () => 1000) => createProgressStore({ storage: () => storage, key: KEY, now });
const stored = (storage: FakeStorage) => readStored(storage.items.get(KEY));

describe('normal use', () => {
	it('starts empty and saves each change', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		expect(store.progress).toEqual(emptyProgress());
		store.update((p) => startLesson(p, 'lifecycle-build', 5));
		expect(stored(storage).lessons['lifecycle-build']).toEqual({ status: 'in-progress', startedAt: 5, updatedAt: 5 });
		expect(open(storage).progress.lessons['lifecycle-build']?.status).toBe('in-progress');
		expect(store.notices).toEqual([]);
	});
	it('namespaces the key by site id and base path', () => {
		expect(progressStorageKey('team-a', '/onboarding/')).not.toBe(progressStorageKey('team-b', '/onboarding/'));
		expect(progressStorageKey('devops-path', '/a/')).not.toBe(progressStorageKey('devops-path', '/b/'));
	});
});

it('progress stored by version 1 is migrated and written back', () => {
	const storage = new FakeStorage();
	storage.items.set(
		KEY,
		JSON.stringify({ version: 1, lessons: { a: { status: 'done', startedAt: 1, updatedAt: 2 } }, questions: {}, checklist: {} }),
	);
	const store = open(storage);
	expect(store.progress.version).toBe(5);
	expect(stored(storage)).toEqual({
		version: 5,
		lessons: { a: { status: 'done', startedAt: 1, updatedAt: 2 } },
		questions: {},
		checklist: {},
		review: {},
		labTasks: {},
		labSolutions: {},
		exams: {},
		rev: 1,
	});
	// Written back in today's compact form: a row per lesson, times after the earliest.
	expect(JSON.parse(storage.items.get(KEY)!)).toMatchObject({ version: 5, t0: 1, lessons: [['a', 1, 0, 1]] });
	expect(store.notices).toEqual([]);
});

describe('storage faults', () => {
	it('blocked storage (SecurityError on access): works in memory and says so', () => {
		const store = createProgressStore({
			storage: () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
			key: KEY,
		});
		expect(store.notices).toEqual([{ kind: 'blocked' }]);
		store.update((p) => setLessonDone(p, 'a', true, 'h', 1));
		expect(store.progress.lessons.a?.status).toBe('done');
	});
	it('storage that throws on read: works in memory and says so', () => {
		const storage = new FakeStorage();
		storage.blocked = true;
		const store = open(storage);
		expect(store.notices).toEqual([{ kind: 'blocked' }]);
		store.update((p) => recordAnswer(p, 'q', true, 1));
		expect(store.progress.questions.q?.attempts).toBe(1);
	});
	it('quota exceeded: nothing saved is lost, the change stays in memory, and saves once there is room', () => {
		const storage = new FakeStorage();
		const store = open(storage);
		store.update((p) => setLessonDone(p, 'saved-before', true, 'h', 1));
		const before = storage.items.get(KEY);
		storage.quotaFull = true;
		store.update((p) => setLessonDone(p, 'not-saved-yet', true, 'h', 2));
		// Without a sessionStorage to wait in, the change lasts only as long as the page, and the notice says so.
		expect(store.notices).toEqual([{ kind: 'quota', kept: false }]);
		expect(storage.items.get(KEY)).toBe(before);
		expect(store.progress.lessons['not-saved-yet']?.status).toBe('done');
		storage.quotaFull = false;
		store.update((p) => recordAnswer(p, 'q', true, 3));
		expect(store.notices).toEqual([]);
		expect(Object.keys(stored(storage).lessons).sort()).toEqual(['not-saved-yet', 'saved-before']);
	});
	it.each([
		['not JSON', '{"version":1,"lessons":', 'not valid JSON'],
		['the wrong shape', '{"version":1,"lessons":[],"questions":{},"checklist":{}}', 'lessons: expected object, found []'],
		['no version', '{"lessons":{}}', 'version: missing is not a known progress version'],
	])('corrupt data (%s): the raw value is backed up, the store starts clean', (_case, raw, problem) => {
		const storage = new FakeStorage();
		storage.items.set(KEY, raw);
		const store = open(storage);
		expect(store.notices.map((notice) => said(notice))).toEqual([
			{ kind: 'corrupt', problem: expect.stringContaining(problem), backupKey: `${KEY}:backup` },
		]);
		expect(storage.items.get(`${KEY}:backup`)).toBe(raw);
		expect(store.backupText()).toBe(raw);
		expect(store.progress).toEqual(emptyProgress());
		store.update((p) => startLesson(p, 'a', 1));
		expect(stored(storage).lessons.a?.status).toBe('in-progress');
		expect(storage.items.get(`${KEY}:backup`)).toBe(raw);
	});
	it('a second, different corrupt value gets its own backup key instead of overwriting the first', () => {
		const storage = new FakeStorage();
		storage.items.set(`${KEY}:backup`, 'older garbage');
		storage.items.set(KEY, 'new garbage');
		const store = open(storage, () => 4242);
		expect(storage.items.get(`${KEY}:backup`)).toBe('older garbage');
		expect(storage.items.get(`${KEY}:backup:4242`)).toBe('new garbage');
		expect(store.backupText()).toBe('new garbage');
	});
	it('corrupt data that cannot be backed up (storage full) is never overwritten', () => {
		const storage = new FakeStorage();
		storage.items.set(KEY, 'garbage');
		storage.quotaFull = true;
		const store = open(storage);
		expect(store.notices).toEqual([{ kind: 'corrupt', problem: { key: 'problems.progress.notJson' }, backupKey: null }]);
		storage.quotaFull = false;
		store.update((p) => startLesson(p, 'a', 1));
		expect(storage.items.get(KEY)).toBe('garbage');
		expect(store.progress.lessons.a?.status).toBe('in-progress');
	});
	it('progress saved by a newer version is left untouched', () => {
		const storage = new FakeStorage();
		const newer = JSON.stringify({ version: 99, whatever: { shape: true } });
		storage.items.set(KEY, newer);
		const store = open(storage);
		expect(store.notices).toEqual([{ kind: 'newer', version: 99 }]);
		store.update((p) => setLessonDone(p, 'a', true, 'h', 1));
		expect(storage.items.get(KEY)).toBe(newer);
		expect(store.progress.lessons.a?.status).toBe('done');
	});
});

describe('two tabs on one storage', () => {
	it('no lost update: each change applies to what the other tab saved', () => {
		const storage = new FakeStorage();
		const tabA = open(storage);
		const tabB = open(storage);
		tabA.update((p) => setLessonDone(p, 'lesson-a', true, 'h', 10));
		tabB.update((p) => setLessonDone(p, 'lesson-b', true, 'h', 11));
		tabA.update((p) => recordAnswer(p, 'q', true, 12));
		const saved = stored(storage);
		expect(Object.keys(saved.lessons).sort()).toEqual(['lesson-a', 'lesson-b']);
		expect(saved.questions.q?.attempts).toBe(1);
	});
	it('the storage event brings the other tab up to date and tells listeners', () => {
		const storage = new FakeStorage();
		const tabA = open(storage);
		const tabB = open(storage);
		const seen: string[] = [];
		tabB.subscribe((p) => seen.push(Object.keys(p.lessons).join()));
		tabA.update((p) => setLessonDone(p, 'lesson-a', true, 'h', 10));
		tabB.receiveStorageEvent(KEY);
		expect(tabB.progress.lessons['lesson-a']?.status).toBe('done');
		expect(seen).toEqual(['lesson-a']);
		tabB.receiveStorageEvent('some-other-key');
		expect(seen).toHaveLength(1);
	});
	it('checks stored text again only when another tab changed it', () => {
		const storage = new FakeStorage();
		const tabA = open(storage);
		const tabB = open(storage);
		const first = tabA.update((p) => setLessonDone(p, 'lesson-a', true, 'h', 10));
		expect(tabA.update((p) => p).lessons, 'unchanged text, not decoded again').toBe(first.lessons);
		tabB.update((p) => setLessonDone(p, 'lesson-b', true, 'h', 11));
		const after = tabA.update((p) => p);
		expect(after.lessons).not.toBe(first.lessons);
		expect(Object.keys(after.lessons).sort()).toEqual(['lesson-a', 'lesson-b']);
		storage.items.set(KEY, '{"version":1');
		tabA.update((p) => p);
		expect(tabA.notices.map((n) => n.kind)).toEqual(['corrupt']);
	});
	it('localStorage.clear() in another tab (key null) resets this tab too', () => {
		const storage = new FakeStorage();
		const tabA = open(storage);
		tabA.update((p) => setLessonDone(p, 'lesson-a', true, 'h', 10));
		storage.items.clear();
		tabA.receiveStorageEvent(null);
		expect(tabA.progress).toEqual(emptyProgress());
	});
});

it('replace swaps everything (import with replace, reset all)', () => {
	const storage = new FakeStorage();
	const store = open(storage);
	store.update((p) => setLessonDone(p, 'a', true, 'h', 1));
	store.replace(emptyProgress());
	expect(stored(storage)).toEqual({ ...emptyProgress(), rev: 2 });
});
