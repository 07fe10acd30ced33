import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { continuePayload, readContinueLink } from '../../src/lib/passport/continue-link';
import { MAX_LINK_PAYLOAD, packLink, unpackLink } from '../../src/lib/passport/link-payload';
import { latestTime, readSharedLink, sharedProgressOf, type ShareOutline } from '../../src/lib/passport/share-link';
import { recordAnswer, addToReview } from '../../src/lib/progress/answers';
import { exportFile } from '../../src/lib/progress/export-file';
import { passLabTask } from '../../src/lib/progress/labs';
import { setChecklistItem, setLessonDone } from '../../src/lib/progress/lessons';
import { emptyProgress } from '../../src/lib/progress/model';
import { formatsFor } from '../../src/lib/locale/format';
import { inSpanish } from '../support/english';
import { problemOf, said } from '../support/said';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 2);
const en = formatsFor('en');

const outline: ShareOutline = {
	siteId: 'devops-path',
	sections: [
		{ id: 'linux', lessons: ['linux', 'linux-processes'], labTasks: ['disk-full:find', 'disk-full:fix'] },
		{ id: 'git', lessons: ['git-basics'], labTasks: [] },
	],
	checklists: [{ id: 'capstone', items: ['capstone:repo', 'capstone:pipeline', 'capstone:alert'] }],
	questions: [
		{ id: 'q-df', skills: ['linux-networking'] },
		{ id: 'q-branch', skills: ['git'] },
	],
	skills: ['linux-networking', 'git'],
};

function learner() {
	let progress = emptyProgress();
	progress = setLessonDone(progress, 'linux', true, 'h1', now - 3 * DAY);
	progress = setLessonDone(progress, 'git-basics', true, 'h2', now - 2 * DAY);
	progress = passLabTask(progress, 'disk-full', 'find', now - 2 * DAY);
	progress = setChecklistItem(progress, 'capstone:repo', true, now - DAY);
	progress = recordAnswer(progress, 'q-df', true, now - 3 * DAY);
	progress = recordAnswer(progress, 'q-branch', false, now - 2 * DAY);
	progress = addToReview(progress, 'q-branch', now - 2 * DAY);
	return progress;
}

const payloadOf = (url: string) => url.slice(url.indexOf('=') + 1);

describe('link payloads', () => {
	it('round-trip any JSON value', () => {
		const value = { a: [1, 2, 3], text: 'Zoë <b>"quoted"</b>', nested: { ok: true } };
		const payload = packLink(value);
		expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(unpackLink(payload, en)).toEqual({ ok: true, value });
	});

	it('refuse an empty, over-long, truncated or tampered payload with a message naming the fault', () => {
		const payload = packLink({ some: 'progress', list: Array.from({ length: 50 }, (_, i) => `item-${i}`) });
		expect(said(unpackLink('', en))).toEqual({ ok: false, problem: expect.stringContaining('empty') });
		expect(said(unpackLink('A'.repeat(MAX_LINK_PAYLOAD + 1), en))).toEqual({
			ok: false,
			problem: expect.stringContaining(`longest this site reads is ${MAX_LINK_PAYLOAD.toLocaleString('en')}`),
		});
		expect(said(unpackLink(payload.slice(0, Math.floor(payload.length / 2)), en))).toEqual({
			ok: false,
			problem: expect.stringMatching(/damaged or cut short/),
		});
		expect(said(unpackLink(`${payload.slice(0, 10)}%${payload.slice(11)}`, en))).toEqual({
			ok: false,
			problem: expect.stringContaining('characters a progress link never has'),
		});
		const notJson = Buffer.from(deflateSync(strToU8('{not json'))).toString('base64url');
		expect(said(unpackLink(notJson, en))).toEqual({ ok: false, problem: expect.stringContaining('not to progress') });
	});

	it('say a fault in the page’s language, with its numbers written that way', () => {
		const tooLong = unpackLink('A'.repeat(10_000), formatsFor('es'));
		expect(problemOf(tooLong, inSpanish)).toBe(
			'Este enlace tiene 10.000 caracteres después de #; lo máximo que este sitio lee es 2800. No se ha leído nada.',
		);
		expect(problemOf(unpackLink('A'.repeat(10_000), en))).toContain('This link is 10,000 characters after the #');
	});
});

describe('share links', () => {
	it('carry the sections, labs, checklists, skills, reviews and dates, and read back the same', () => {
		const shared = sharedProgressOf(learner(), outline, now, '  Ada Lovelace  ');
		expect(shared).toMatchObject({
			name: 'Ada Lovelace',
			siteId: 'devops-path',
			sharedAt: now,
			lastActivity: now - DAY,
			lessons: { done: 2, total: 3 },
			sections: { linux: { done: 1, total: 2 }, git: { done: 1, total: 1 } },
			labTasks: { done: 1, total: 2 },
			checklists: { capstone: { done: 1, total: 3 } },
			skills: { 'linux-networking': expect.any(String), git: 'attempted' },
			reviewsDue: 1,
		});
		const read = readSharedLink(packLink(shared), en);
		expect(read).toEqual({ ok: true, shared });
	});

	it('hold a name only as given, cut to 80 characters, and leave it out when blank', () => {
		expect(sharedProgressOf(learner(), outline, now, '   ').name).toBeUndefined();
		expect(sharedProgressOf(learner(), outline, now, 'x'.repeat(200)).name).toHaveLength(80);
		const hostile = '<img src=x onerror=alert(1)>';
		const read = readSharedLink(packLink(sharedProgressOf(learner(), outline, now, hostile)), en);
		expect(read.ok && read.shared.name).toBe(hostile);
	});

	it('refuse a link whose data is not shared progress, is from a newer site, or breaks the schema', () => {
		const shared = sharedProgressOf(learner(), outline, now);
		expect(said(readSharedLink(packLink({ format: 'something-else' }), en))).toEqual({
			ok: false,
			problem: expect.stringContaining('does not carry shared progress'),
		});
		expect(said(readSharedLink(packLink({ ...shared, version: 2, lessons: 'many' }), en))).toEqual({
			ok: false,
			problem: expect.stringMatching(
				/^This link was made by a newer version of the site \(shared progress version 2\) and this version cannot read it \(lessons/,
			),
		});
		const damaged = readSharedLink(packLink({ ...shared, lessons: { done: -1, total: 3 } }), en);
		expect(said(damaged)).toEqual({ ok: false, problem: expect.stringMatching(/^This link is damaged: lessons\.done/) });
		expect(problemOf(damaged, inSpanish)).toMatch(/^Este enlace está dañado: lessons\.done/);
		expect(said(readSharedLink(packLink({ ...shared, skills: { git: 'wizard' } }), en))).toEqual({
			ok: false,
			problem: expect.stringMatching(/skills\.git/),
		});
		expect(said(readSharedLink(packLink({ ...shared, name: 'n'.repeat(81) }), en))).toEqual({
			ok: false,
			problem: expect.stringMatching(/name/),
		});
	});

	it('read a link from a newer version where they can, leaving out what it added', () => {
		const shared = sharedProgressOf(learner(), outline, now, 'Ana');
		expect(readSharedLink(packLink({ ...shared, version: 3, streak: 12 }), en)).toEqual({ ok: true, shared, newerVersion: 3 });
	});

	it('stay short for a whole course: a summary of 20 sections and 30 checklists fits well inside a QR code', () => {
		const big: ShareOutline = {
			...outline,
			sections: Array.from({ length: 20 }, (_, i) => ({ id: `section-${i}`, lessons: [`lesson-${i}`], labTasks: [] })),
			checklists: Array.from({ length: 30 }, (_, i) => ({ id: `checklist-${i}`, items: [`checklist-${i}:a`] })),
		};
		const payload = packLink(sharedProgressOf(learner(), big, now, 'A name of some length'));
		expect(payload.length).toBeLessThan(MAX_LINK_PAYLOAD / 2);
	});

	it('know when nothing has happened yet', () => {
		expect(latestTime(emptyProgress())).toBeUndefined();
		expect(sharedProgressOf(emptyProgress(), outline, now).lastActivity).toBeUndefined();
	});
});

describe('continue-on-another-device links', () => {
	it('carry the whole progress and read back through the import checks', () => {
		const progress = learner();
		const payload = continuePayload(exportFile(progress, 'devops-path', now))!;
		const read = readContinueLink(payload, en);
		expect(read.ok && read.file.progress).toEqual(progress);
	});

	it('are not offered when the progress is too long for a link', () => {
		let progress = learner();
		for (let i = 0; i < 2000; i += 1)
			progress = recordAnswer(progress, `question-number-${i}-${(i * 7919) % 1000}`, i % 3 === 0, now - i * 60_000);
		expect(continuePayload(exportFile(progress, 'devops-path', now))).toBeUndefined();
	});

	it('name a damaged or foreign payload like a bad import', () => {
		expect(said(readContinueLink(payloadOf('x=abc'), en))).toEqual({ ok: false, problem: expect.stringContaining('damaged') });
		expect(said(readContinueLink(packLink({ format: 'other' }), en))).toEqual({
			ok: false,
			problem: expect.stringContaining('not a progress export from this site'),
		});
	});
});
