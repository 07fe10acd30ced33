import { describe, expect, it } from 'vitest';
import type { SectionConfig } from '../../src/config/sections';
import {
	findContentProblems,
	findPrerequisiteCycles,
	formatContentProblems,
	type CourseReferences,
	type LessonReference,
	type QuestionReference,
} from '../../src/lib/course/integrity';
import { PRINTABLE_TABS, tabSetProblem, tabSetSizes } from '../../src/lib/course/integrity';

const lesson = (key: string, prerequisites: string[] = [], extra: Partial<LessonReference> = {}): LessonReference => ({
	key,
	file: `content/docs/path/${key}.mdx`,
	prerequisites,
	...extra,
});

const question = (bank: string, id: string, reread?: string): QuestionReference => ({
	bank,
	file: `content/quizzes/${bank}.yaml`,
	id,
	reread,
});

/** A small course with no problems; each test breaks one thing in it. */
function course(changes: Partial<CourseReferences> = {}): CourseReferences {
	return {
		lessons: [
			lesson('intro', [], { quiz: 'intro' }),
			lesson('linux', ['intro'], { quiz: 'linux' }),
			lesson('first-month', ['linux'], { milestone: 'days-30' }),
		],
		sections: [
			{ id: 'path', label: 'Path', directory: 'path' },
			{ id: 'progress', label: 'My progress', link: '/progress/' },
		],
		questions: [
			question('intro', 'intro-why'),
			question('linux', 'linux-disk', 'path/linux#disk'),
			question('linux', 'linux-ssh', 'path/linux'),
		],
		quizIds: new Set(['intro', 'linux']),
		milestoneIds: new Set(['days-30']),
		pageIds: new Set(['index', 'path', 'path/intro', 'path/linux', 'path/first-month', 'progress']),
		...changes,
	};
}

const byKey = (lessons: readonly LessonReference[]) => new Map(lessons.map((l) => [l.key, l]));

describe('findContentProblems', () => {
	it('finds nothing wrong in a clean course', () => {
		expect(findContentProblems(course())).toEqual([]);
	});

	it('names the file, field and key of a dangling prerequisite', () => {
		const lessons = [...course().lessons, lesson('git', ['intro', 'shell-basics'])];
		expect(findContentProblems(course({ lessons }))).toEqual([
			{ file: 'content/docs/path/git.mdx', field: 'prerequisites', value: 'shell-basics', message: 'no lesson has this key' },
		]);
	});

	it('names the file, field and id of a dangling quiz', () => {
		const lessons = [...course().lessons, lesson('git', [], { quiz: 'git-basics' })];
		expect(findContentProblems(course({ lessons }))).toEqual([
			expect.objectContaining({ file: 'content/docs/path/git.mdx', field: 'quiz', value: 'git-basics' }),
		]);
	});

	it('names the file, field and id of a dangling milestone', () => {
		const lessons = [...course().lessons, lesson('second-month', [], { milestone: 'days-60' })];
		expect(findContentProblems(course({ lessons }))).toEqual([
			expect.objectContaining({ file: 'content/docs/path/second-month.mdx', field: 'milestone', value: 'days-60' }),
		]);
	});

	it('names the bank, question and target of a dangling re-read link, with or without an anchor', () => {
		const questions = [
			...course().questions,
			question('linux', 'linux-perms', 'path/linux-permissions#chmod'),
			question('intro', 'intro-who', 'start'),
		];
		expect(findContentProblems(course({ questions }))).toEqual([
			expect.objectContaining({ file: 'content/quizzes/linux.yaml', field: 'linux-perms.reread', value: 'path/linux-permissions#chmod' }),
			expect.objectContaining({ file: 'content/quizzes/intro.yaml', field: 'intro-who.reread', value: 'start' }),
		]);
	});

	it('does not check the anchor of a re-read link, only its page', () => {
		const questions = [question('linux', 'linux-disk', 'path/linux#a-heading-that-moved')];
		expect(findContentProblems(course({ questions }))).toEqual([]);
	});

	it('names the second file that uses a key and the first one in the message', () => {
		const lessons = [...course().lessons, { ...lesson('linux'), file: 'content/docs/path/linux-again.mdx' }];
		const problems = findContentProblems(course({ lessons }));
		expect(problems).toEqual([expect.objectContaining({ file: 'content/docs/path/linux-again.mdx', field: 'key', value: 'linux' })]);
		expect(problems[0]!.message).toContain('content/docs/path/linux.mdx');
	});

	it('reports a question id used in two banks once, on the later bank', () => {
		const questions = [...course().questions, question('git', 'linux-disk')];
		const problems = findContentProblems(course({ questions }));
		expect(problems).toEqual([expect.objectContaining({ file: 'content/quizzes/git.yaml', field: 'id', value: 'linux-disk' })]);
		expect(problems[0]!.message).toContain('content/quizzes/linux.yaml');
	});

	it('leaves a question id repeated inside one bank to that bank’s own lint', () => {
		const questions = [...course().questions, question('intro', 'intro-why')];
		expect(findContentProblems(course({ questions }))).toEqual([]);
	});

	it('reports a two-lesson prerequisite cycle once, with the keys along it', () => {
		const lessons = [lesson('intro', ['linux']), lesson('linux', ['intro']), lesson('first-month', ['linux'])];
		expect(findContentProblems(course({ lessons }))).toEqual([
			{
				file: 'content/docs/path/intro.mdx',
				field: 'prerequisites',
				value: 'intro → linux → intro',
				message: 'prerequisites form a cycle',
			},
		]);
	});

	it('reports a three-lesson prerequisite cycle once', () => {
		const lessons = [lesson('intro', ['first-month']), lesson('linux', ['intro']), lesson('first-month', ['linux'])];
		const problems = findContentProblems(course({ lessons }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ field: 'prerequisites', value: 'intro → first-month → linux → intro' });
	});

	it('accepts a path where every prerequisite comes earlier', () => {
		expect(findContentProblems(course({ path: ['intro', 'linux', 'first-month'] }))).toEqual([]);
	});

	it('names a prerequisite that comes later on the course path, in the lesson that asks for it', () => {
		expect(findContentProblems(course({ path: ['linux', 'intro', 'first-month'] }))).toEqual([
			{
				file: 'content/docs/path/linux.mdx',
				field: 'prerequisites',
				value: 'intro',
				message: expect.stringContaining('comes after this lesson in the course order'),
			},
		]);
	});

	it('ignores prerequisites the path does not show (a switched-off section)', () => {
		expect(findContentProblems(course({ path: ['linux', 'first-month'] }))).toEqual([]);
	});

	it('names a sidebar section whose folder has no overview page', () => {
		const sections: SectionConfig[] = [...course().sections, { id: 'security', label: 'Security', directory: 'security' }];
		expect(findContentProblems(course({ sections }))).toEqual([
			expect.objectContaining({ file: 'src/config/sections.ts', field: 'security.directory', value: 'security' }),
		]);
	});

	it('leaves link sections to the routes the site builds itself (the study guide)', () => {
		const sections: SectionConfig[] = [...course().sections, { id: 'study-guide', label: 'Study guide', link: '/study-guide/' }];
		expect(findContentProblems(course({ sections }))).toEqual([]);
	});

	it('reports every problem of a course at once', () => {
		const lessons = [lesson('intro', [], { quiz: 'nope' }), lesson('intro', ['ghost'])];
		const problems = findContentProblems(course({ lessons, questions: [question('intro', 'intro-why', 'gone')] }));
		expect(problems.map((p) => `${p.field}=${p.value}`).sort()).toEqual([
			'intro-why.reread=gone',
			'key=intro',
			'prerequisites=ghost',
			'quiz=nope',
		]);
	});
});

describe('findPrerequisiteCycles', () => {
	const cyclesOf = (lessons: LessonReference[]) => findPrerequisiteCycles(lessons, byKey(lessons));

	it('finds none in a chain or a diamond of shared prerequisites', () => {
		expect(cyclesOf([lesson('a'), lesson('b', ['a']), lesson('c', ['a']), lesson('d', ['b', 'c'])])).toEqual([]);
	});

	it('finds a two-lesson cycle once, whichever lesson comes first', () => {
		expect(cyclesOf([lesson('a', ['b']), lesson('b', ['a'])])).toEqual([['a', 'b', 'a']]);
		expect(cyclesOf([lesson('b', ['a']), lesson('a', ['b'])])).toEqual([['b', 'a', 'b']]);
	});

	it('finds a three-lesson cycle once', () => {
		expect(cyclesOf([lesson('a', ['c']), lesson('b', ['a']), lesson('c', ['b'])])).toEqual([['a', 'c', 'b', 'a']]);
	});

	it('finds a cycle reached from a lesson outside it, without that lesson', () => {
		expect(cyclesOf([lesson('start', ['a']), lesson('a', ['b']), lesson('b', ['a'])])).toEqual([['a', 'b', 'a']]);
	});

	it('finds two separate cycles', () => {
		expect(cyclesOf([lesson('a', ['b']), lesson('b', ['a']), lesson('c', ['d']), lesson('d', ['c'])])).toEqual([
			['a', 'b', 'a'],
			['c', 'd', 'c'],
		]);
	});

	it('ignores dangling prerequisites, which are reported on their own', () => {
		expect(cyclesOf([lesson('a', ['ghost'])])).toEqual([]);
	});
});

describe('formatContentProblems', () => {
	it('puts each problem on its own line as file, field, quoted value and reason', () => {
		const text = formatContentProblems([
			{ file: 'content/docs/a.mdx', field: 'quiz', value: 'nope', message: 'no such bank' },
			{ file: 'content/docs/b.mdx', field: 'prerequisites', value: 'a → b → a', message: 'prerequisites form a cycle' },
		]);
		expect(text.split('\n')).toEqual([
			'Content check failed with 2 problems:',
			'  content/docs/a.mdx: quiz "nope": no such bank',
			'  content/docs/b.mdx: prerequisites "a → b → a": prerequisites form a cycle',
		]);
	});

	it('says "problem" for one', () => {
		expect(formatContentProblems([{ file: 'f', field: 'key', value: 'k', message: 'm' }])).toMatch(
			/^Content check failed with 1 problem:\n/,
		);
	});
});

describe('tab sets on paper', () => {
	const tabs = (count: number) =>
		`<Tabs>\n${Array.from({ length: count }, (_, i) => `<TabItem label="T${i}">x</TabItem>`).join('\n')}\n</Tabs>`;

	it('counts the tabs of each set', () => {
		expect(tabSetSizes(`Intro\n${tabs(2)}\ntext\n<Tabs syncKey="os">${tabs(3).slice(6)}`)).toEqual([2, 3]);
		expect(tabSetSizes('No tabs here')).toEqual([]);
	});

	it('refuses a set larger than print can order, naming the file and the count', () => {
		expect(tabSetProblem('content/docs/a.mdx', tabs(PRINTABLE_TABS))).toBeUndefined();
		expect(tabSetProblem('content/docs/a.mdx', `${tabs(2)}${tabs(PRINTABLE_TABS + 1)}`)).toEqual({
			file: 'content/docs/a.mdx',
			field: '<Tabs>',
			value: `${PRINTABLE_TABS + 1} tabs`,
			message: expect.stringContaining(`at most ${PRINTABLE_TABS} tabs`),
		});
	});
});
