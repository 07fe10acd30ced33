import { describe, expect, it } from 'vitest';
import { sections } from '../../src/config/sections';
import type { QuizBank } from '../../src/schemas/quiz';
import { readDocs, readYamlCollection } from '../support/content-files';
import { proseWordCount } from '../support/prose-words';

/**
 * The hired skills as sections of several lessons, checked on the real content: enough lessons
 * per section, each 1,200 to 2,500 words of prose with a quiz of at least 8 questions of which at
 * least 2 ask for a command or its output, and a hands-on lab in every section.
 */
const skillSections = [
	{ id: 'linux', minLessons: 5 },
	{ id: 'scripting', minLessons: 3 },
	{ id: 'git', minLessons: 2 },
	{ id: 'networking', minLessons: 2 },
	{ id: 'cloud', minLessons: 4 },
	{ id: 'containers', minLessons: 3 },
	{ id: 'kubernetes', minLessons: 4 },
	{ id: 'terraform', minLessons: 3 },
];

/**
 * Running production and getting the job: the same length and quiz rules; a lab where the skill is
 * hands-on (`lab`), and command or output questions where the topic has commands (`commands`).
 */
const productionSections = [
	{ id: 'releases', minLessons: 2, lab: true, commands: true },
	{ id: 'operations', minLessons: 4, lab: true, commands: true },
	{ id: 'observability', minLessons: 3, lab: true, commands: true },
	{ id: 'reliability', minLessons: 2, lab: true, commands: true },
	{ id: 'career', minLessons: 3, lab: false, commands: false },
];

const docs = readDocs();
const banks = new Map(readYamlCollection('quizzes').map((entry) => [entry.id, entry.data as QuizBank]));
const labs = readYamlCollection('labs').map((entry) => entry.data as { lesson: string });

function lessonsOf(sectionId: string) {
	const directory = sections.find((section) => section.id === sectionId)?.directory;
	if (!directory) throw new Error(`src/config/sections.ts has no section "${sectionId}" with a directory`);
	return docs.filter((doc) => doc.data.key && (doc.id === directory || doc.id.startsWith(`${directory}/`)));
}

const lessons = skillSections.flatMap(({ id }) => lessonsOf(id));

describe('skill sections', () => {
	it('hold at least 26 lessons between them', () => {
		expect(lessons.length).toBeGreaterThanOrEqual(26);
	});

	it.each(skillSections)('$id has at least $minLessons lessons and a lab in one of them', ({ id, minLessons }) => {
		const keys = new Set(lessonsOf(id).map((doc) => doc.data.key));
		expect(keys.size, 'lessons').toBeGreaterThanOrEqual(minLessons);
		expect(
			labs.some((lab) => keys.has(lab.lesson)),
			`a lab in content/labs/ whose lesson is one of ${[...keys].join(', ')}`,
		).toBe(true);
	});

	it.each(lessons.map((doc) => [doc.file, doc] as const))('%s has 1,200 to 2,500 words of prose', (_file, doc) => {
		const words = proseWordCount(doc.body);
		expect(words).toBeGreaterThanOrEqual(1200);
		expect(words).toBeLessThanOrEqual(2500);
	});

	it.each(lessons.map((doc) => [doc.file, doc] as const))(
		'%s has a quiz of at least 8 questions, 2 of them command or output',
		(_file, doc) => {
			const bank = banks.get(doc.data.quiz as string);
			expect(bank, `content/quizzes/${String(doc.data.quiz)}.yaml`).toBeDefined();
			expect(bank!.questions.length, 'questions').toBeGreaterThanOrEqual(8);
			const typed = bank!.questions.filter((question) => question.type === 'command' || question.type === 'output');
			expect(typed.length, 'command and output questions').toBeGreaterThanOrEqual(2);
		},
	);
});

const productionLessons = productionSections.flatMap(({ id, commands }) => lessonsOf(id).map((doc) => ({ doc, commands })));

describe('production and career sections', () => {
	it('hold at least 14 lessons between them', () => {
		expect(productionLessons.length).toBeGreaterThanOrEqual(14);
	});

	it.each(productionSections)('$id has at least $minLessons lessons (lab in one: $lab)', ({ id, minLessons, lab }) => {
		const keys = new Set(lessonsOf(id).map((doc) => doc.data.key));
		expect(keys.size, 'lessons').toBeGreaterThanOrEqual(minLessons);
		if (lab)
			expect(
				labs.some((entry) => keys.has(entry.lesson)),
				`a lab in content/labs/ whose lesson is one of ${[...keys].join(', ')}`,
			).toBe(true);
	});

	it.each(productionLessons.map(({ doc, commands }) => [doc.file, doc, commands] as const))(
		'%s has 1,200 to 2,500 words and a quiz of at least 8 questions',
		(_file, doc, commands) => {
			const words = proseWordCount(doc.body);
			expect(words).toBeGreaterThanOrEqual(1200);
			expect(words).toBeLessThanOrEqual(2500);
			const bank = banks.get(doc.data.quiz as string);
			expect(bank, `content/quizzes/${String(doc.data.quiz)}.yaml`).toBeDefined();
			expect(bank!.questions.length, 'questions').toBeGreaterThanOrEqual(8);
			if (commands)
				expect(
					bank!.questions.filter((q) => q.type === 'command' || q.type === 'output').length,
					'command and output questions',
				).toBeGreaterThanOrEqual(2);
		},
	);
});
