import { describe, expect, it } from 'vitest';
import { packLink } from '../../src/lib/passport/link-payload';
import { sharedProgressOf, type ShareOutline } from '../../src/lib/passport/share-link';
import { sortMembers, teamColumns, teamCsvRows, type TeamInput, type TeamLabels, type TeamMember } from '../../src/lib/passport/team';
import { fileTooLarge, memberFromFile, memberFromLink, readKeptTeam } from '../../src/lib/passport/team-inputs';
import { recordAnswer } from '../../src/lib/progress/answers';
import { exportFile } from '../../src/lib/progress/export-file';
import { passLabTask } from '../../src/lib/progress/labs';
import { setLessonDone } from '../../src/lib/progress/lessons';
import { emptyProgress } from '../../src/lib/progress/model';
import { masteryLevels } from '../../src/schemas/mastery-levels';
import { formatsFor } from '../../src/lib/locale/format';
import { say, type Translate } from '../../src/lib/locale/messages';
import { inEnglish, inSpanish } from '../support/english';

const now = Date.UTC(2026, 11, 2);
const DAY = 86_400_000;
const en = formatsFor('en');
/** A pasted link's name, as the team page gives it. */
const linkName = (index: number, t: Translate = inEnglish) => t('problems.team.link', { number: index + 1 });
/** An input as the team page lists it when it could not be added: its source, then what is wrong. */
const listed = (input: TeamInput, t: Translate = inEnglish) =>
	input.ok ? input : { ...input, problem: t('problems.team.fromSource', { source: input.source, problem: say(t, input.problem) }) };
const outline: ShareOutline = {
	siteId: 'devops-path',
	sections: [
		{
			id: 'linux',
			lessons: ['linux', 'linux-processes'],
			labTasks: ['disk:find', 'disk:fix'],
		},
		{ id: 'git', lessons: ['git-basics'], labTasks: [] },
	],
	checklists: [],
	questions: [{ id: 'q1', skills: ['git'] }],
	skills: ['git'],
};
const { siteId: _siteId, ...pageOutline } = outline;

const labels: TeamLabels = {
	person: 'Person',
	lessons: 'Lessons',
	labTasks: 'Lab tasks',
	reviewsDue: 'Reviews due',
	lastActivity: 'Last activity',
	sections: [
		{ id: 'linux', label: 'Linux' },
		{ id: 'git', label: 'Git' },
	],
	skills: [{ id: 'git', label: 'Git and collaboration' }],
	levels: {
		'not-started': 'Not started',
		attempted: 'Attempted',
		familiar: 'Familiar',
		proficient: 'Proficient',
		mastered: 'Mastered',
	},
	levelOrder: masteryLevels,
	count: (done, total) => `${done} of ${total}`,
	date: (time) => new Date(time).toISOString().slice(0, 10),
	never: 'Nothing yet',
};

function fileOf(lessons: string[], labs = 0) {
	let progress = emptyProgress();
	for (const [i, key] of lessons.entries()) progress = setLessonDone(progress, key, true, 'h', now - (10 - i) * DAY);
	for (let i = 0; i < labs; i += 1) progress = passLabTask(progress, 'disk', ['find', 'fix'][i]!, now - DAY);
	return JSON.stringify(exportFile(progress, 'devops-path', now));
}

const member = (input: ReturnType<typeof memberFromFile>) => {
	if (!input.ok) throw new Error(say(inEnglish, input.problem));
	return input.member;
};

describe('team inputs', () => {
	it('summarise a progress file as of its export, named by the file', () => {
		const sam = member(memberFromFile('sam.json', fileOf(['linux', 'git-basics'], 1), pageOutline, en));
		expect(sam.person).toBe('sam');
		expect(sam.shared).toMatchObject({
			lessons: { done: 2, total: 3 },
			sections: { linux: { done: 1, total: 2 }, git: { done: 1, total: 1 } },
			labTasks: { done: 1, total: 2 },
			sharedAt: now,
		});
	});

	it('name a file by the name the learner gave when exporting, and say when a newer version wrote it', () => {
		const file = JSON.parse(fileOf(['linux']));
		const named = member(memberFromFile('progress-2026-12-01.json', JSON.stringify({ ...file, name: 'Sam Okafor' }), pageOutline, en));
		expect(named).toMatchObject({
			person: 'Sam Okafor',
			source: 'progress-2026-12-01.json',
			shared: { name: 'Sam Okafor', lessons: { done: 1 } },
		});
		const newer = { ...file, progress: { ...file.progress, version: 99, streaks: {} } };
		expect(memberFromFile('newer.json', JSON.stringify(newer), pageOutline, en)).toMatchObject({
			ok: true,
			newerVersion: 99,
			member: { person: 'newer', shared: { lessons: { done: 1 } } },
		});
	});

	it('read a share link and take the name it carries', () => {
		const shared = sharedProgressOf(setLessonDone(emptyProgress(), 'linux', true, 'h', now), outline, now, 'Ana');
		const ana = member(memberFromLink(`https://team.example/onboarding/progress/shared/#shared=${packLink(shared)}`, linkName(0), en));
		expect(ana).toEqual({ person: 'Ana', source: 'Link 1', shared });
	});

	it('name what is wrong with a broken file, a newer file, an oversized file and a link that is not one', () => {
		expect(listed(memberFromFile('broken.json', '{"format":', pageOutline, en))).toEqual({
			ok: false,
			source: 'broken.json',
			problem: 'broken.json: This file is not a progress export: it is not valid JSON.',
		});
		const newer = JSON.parse(fileOf(['linux']));
		newer.progress.version = 99;
		newer.progress.lessons = 'all of them';
		expect(listed(memberFromFile('newer.json', JSON.stringify(newer), pageOutline, en))).toEqual({
			ok: false,
			source: 'newer.json',
			problem: expect.stringContaining('newer version of the site (progress version 99) and this version cannot read it'),
		});
		expect(listed(fileTooLarge('huge.json', 6 * 1024 * 1024, en))).toEqual({
			ok: false,
			source: 'huge.json',
			problem: expect.stringMatching(/^huge\.json: this file is 6\.0 MB; a progress file is at most 4 MB/),
		});
		expect(listed(memberFromLink('https://example.com/page', linkName(2), en))).toEqual({
			ok: false,
			source: 'Link 3',
			problem: 'Link 3: this is not a share link (it has no #shared= part).',
		});
		expect(listed(memberFromLink('https://example.com/progress/shared/#shared=abc', linkName(0), en))).toEqual({
			ok: false,
			source: 'Link 1',
			problem: expect.stringContaining('damaged'),
		});
	});

	it('name a link and what is wrong with it in the page’s language', () => {
		const es = formatsFor('es');
		expect(listed(memberFromLink('https://example.com/page', linkName(2, inSpanish), es), inSpanish)).toEqual({
			ok: false,
			source: 'Enlace 3',
			problem: 'Enlace 3: esto no es un enlace compartido (no tiene la parte #shared=).',
		});
		expect(listed(fileTooLarge('huge.json', 6 * 1024 * 1024, es), inSpanish)).toMatchObject({
			problem: expect.stringMatching(/^huge\.json: este archivo ocupa 6,0 MB/),
		});
	});

	it('keep only team rows that still pass the schema', () => {
		const good = member(memberFromFile('sam.json', fileOf(['linux']), pageOutline, en));
		const raw = JSON.stringify([
			good,
			{
				person: 'x',
				source: 'y',
				shared: { ...good.shared, lessons: { done: 'all' } },
			},
			null,
		]);
		expect(readKeptTeam(raw)).toEqual({ members: [good], dropped: 2 });
		expect(readKeptTeam('not json')).toEqual({ members: [], dropped: 1 });
		expect(readKeptTeam(null)).toEqual({ members: [], dropped: 0 });
	});
});

describe('the team table', () => {
	const team: TeamMember[] = [
		member(memberFromFile('zoe.json', fileOf(['linux'], 2), pageOutline, en)),
		member(memberFromFile('adam.json', fileOf(['linux', 'linux-processes', 'git-basics']), pageOutline, en)),
		member(memberFromFile('=cmd|calc.json', fileOf([]), pageOutline, en)),
	];
	const columns = teamColumns(labels);
	const column = (id: string) => columns.find((c) => c.id === id)!;

	it('has a column per section and skill between the totals', () => {
		expect(columns.map((c) => c.label)).toEqual([
			'Person',
			'Lessons',
			'Linux',
			'Git',
			'Lab tasks',
			'Git and collaboration',
			'Reviews due',
			'Last activity',
		]);
	});

	it('sorts by any column, numbers as numbers, both ways', () => {
		expect(sortMembers(team, column('lessons'), 'descending', 'en').map((m) => m.person)).toEqual(['adam', 'zoe', '=cmd|calc']);
		expect(sortMembers(team, column('labs'), 'descending', 'en').map((m) => m.person)).toEqual(['zoe', 'adam', '=cmd|calc']);
		expect(sortMembers(team, column('person'), 'ascending', 'en').map((m) => m.person)).toEqual(['=cmd|calc', 'adam', 'zoe']);
		expect(sortMembers(team, column('last'), 'ascending', 'en').map((m) => m.person)[0]).toBe('=cmd|calc');
	});

	it('writes CSV rows as shown, with formula-looking cells defused', () => {
		const rows = teamCsvRows(team, columns);
		expect(rows[0]).toEqual(columns.map((c) => c.label));
		expect(rows[2]).toEqual([
			'adam',
			'3 of 3',
			'2 of 2',
			'1 of 1',
			'0 of 2',
			'Not started',
			'0',
			expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
		]);
		expect(rows[3]![0]).toBe("'=cmd|calc");
		expect(rows[3]!.at(-1)).toBe('Nothing yet');
	});

	it('counts reviews due in a file from its questions', () => {
		let progress = recordAnswer(emptyProgress(), 'q1', false, now - DAY);
		progress = {
			...progress,
			review: {
				q1: {
					due: now - 1,
					stability: 0,
					difficulty: 0,
					scheduledDays: 0,
					learningSteps: 0,
					reps: 0,
					lapses: 0,
					state: 0,
					addedAt: now - DAY,
				},
			},
		};
		const m = member(memberFromFile('r.json', JSON.stringify(exportFile(progress, 'devops-path', now)), pageOutline, en));
		expect(column('due').text(m)).toBe('1');
	});
});
