import { describe, expect, it } from 'vitest';
import { LessonFrontmatterSchema } from '../../src/schemas/lesson';

const lesson = {
	key: 'fundamentals-linux',
	order: 1,
	minutes: 25,
	objectives: ['Read a service log with journalctl'],
	level: 'foundation',
	skills: ['linux-networking'],
	prerequisites: ['fundamentals-overview'],
	quiz: 'fundamentals-linux',
};

/** Each issue as "field: message", the way the build prints it. */
function issues(input: unknown): string[] {
	const result = LessonFrontmatterSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const without = (field: keyof typeof lesson) => Object.fromEntries(Object.entries(lesson).filter(([name]) => name !== field));

describe('LessonFrontmatterSchema', () => {
	it('accepts a complete lesson', () => {
		expect(issues(lesson)).toEqual([]);
	});

	it('rejects a lesson (a page with a key) without minutes, objectives, level and skills, naming each field', () => {
		const found = issues({ key: 'fundamentals-linux' });
		expect(found).toHaveLength(4);
		for (const field of ['minutes', 'objectives', 'level', 'skills']) {
			expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${field}: is required on a lesson`)));
		}
	});

	it.each(['minutes', 'objectives', 'level', 'skills'] as const)('names %s alone when only it is missing', (field) => {
		expect(issues(without(field))).toEqual([`${field}: is required on a lesson (a page with a \`key\`)`]);
	});

	it.each([
		['minutes', 'ten', 'minutes', '"ten"'],
		['minutes', 0, 'minutes', 'got 0'],
		['minutes', 2.5, 'minutes', 'got 2.5'],
		['order', 'first', 'order', '"first"'],
		['level', 'expert', 'level', '"expert"'],
		['skills', ['git', 'kubernetes'], 'skills.1', '"kubernetes"'],
		['skills', 'git', 'skills', '"git"'],
		['prerequisites', 'fundamentals-overview', 'prerequisites', '"fundamentals-overview"'],
		['prerequisites', ['Fundamentals Overview'], 'prerequisites.0', '"Fundamentals Overview"'],
		['key', 'Linux Basics', 'key', '"Linux Basics"'],
		['quiz', 42, 'quiz', 'got 42'],
	])('rejects %s: %j, naming the field and the value', (field, value, path, shown) => {
		const found = issues({ ...lesson, [field]: value });
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(new RegExp(`^${path.replace('.', '\\.')}: `));
		expect(found[0]).toContain(shown);
	});

	it('lists the allowed values of an enum in its error', () => {
		expect(issues({ ...lesson, level: 'expert' })[0]).toBe('level: expected one of "foundation", "core", "stretch", got "expert"');
	});

	it('accepts 1 to 6 objectives and rejects none or more than six', () => {
		const objectives = (n: number) => Array.from({ length: n }, (_, i) => `Objective ${i + 1}`);
		expect(issues({ ...lesson, objectives: objectives(6) })).toEqual([]);
		expect(issues({ ...lesson, objectives: objectives(7) })).toEqual([
			expect.stringMatching(/^objectives: expected 1 to 6 objectives, got \[/),
		]);
		expect(issues({ ...lesson, objectives: [] })).toEqual(['objectives: expected 1 to 6 objectives, got []']);
	});

	it('reports a field of the wrong type and a missing field together, so one build shows both', () => {
		const found = issues({ ...without('level'), minutes: 'ten' });
		expect(found).toContainEqual(expect.stringMatching(/^minutes: .*"ten"/));
		expect(found).toContainEqual('level: is required on a lesson (a page with a `key`)');
	});

	it('rejects a lesson that lists itself as a prerequisite', () => {
		expect(issues({ ...lesson, prerequisites: ['fundamentals-linux'] })).toEqual([
			'prerequisites: lists the lesson\'s own key "fundamentals-linux"',
		]);
	});

	it('lets a page without a key (home, dashboard, guide) leave out every lesson field', () => {
		expect(issues({})).toEqual([]);
		expect(issues({ quiz: 'question-types' })).toEqual([]);
		expect(LessonFrontmatterSchema.parse({})).toEqual({ prerequisites: [] });
	});

	it('rejects lesson fields on a page without a key, which would otherwise silently stop being a lesson', () => {
		expect(issues(without('key'))).toEqual([
			'key: is missing: the page has lesson fields (order, minutes, objectives, level, skills, prerequisites); add a `key` or remove them',
		]);
		expect(issues({ prerequisites: ['fundamentals-overview'] })).toEqual([expect.stringMatching(/^key: is missing: .*\(prerequisites\)/)]);
	});
});
