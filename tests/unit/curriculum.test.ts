import { describe, expect, it } from 'vitest';
import { sections } from '../../src/config/sections';
import type { QuizBank } from '../../src/schemas/quiz';
import { readDocs, readYamlCollection } from '../support/content-files';
import { proseWordCount } from '../support/prose-words';

/**
 * The curriculum's definition of done, checked on the real content: every lesson of each
 * section is complete (objectives, minutes, skills, a quiz bank of 5 to 10 questions of at
 * least three types) and 600 to 1500 words long, and each release holds enough questions.
 */
const releases = [
	{ name: 'Lessons I', sections: ['start-here', 'role', 'lifecycle', 'growth'], minQuestions: 150 },
	{ name: 'Lessons II', sections: ['security', 'tools', 'fundamentals', 'practice'], minQuestions: 120 },
];
const practiceExercises = ['pipeline-triage', 'iac-review', 'observability-design', 'on-call-first-week'];

const docs = readDocs();
const banks = new Map(readYamlCollection('quizzes').map((entry) => [entry.id, entry.data as QuizBank]));

function lessonsOf(sectionId: string) {
	const directory = sections.find((section) => section.id === sectionId)?.directory;
	if (!directory) throw new Error(`src/config/sections.ts has no section "${sectionId}" with a directory`);
	return docs.filter((doc) => doc.data.key && (doc.id === directory || doc.id.startsWith(`${directory}/`)));
}

describe('proseWordCount', () => {
	it('counts the words of prose, headings, lists, tables and inline code', () => {
		expect(proseWordCount("## A heading\n\nIt's an on-call rota.\n\n- one\n- `git log`\n\n| a | b c |\n| --- | --- |")).toBe(12);
	});
	it('leaves out imports, code blocks, tags and their attributes, expressions, comments and link targets', () => {
		const body = [
			"import { Aside } from '@astrojs/starlight/components';",
			'',
			'```bash',
			'echo not counted here',
			'```',
			'',
			'<Aside type="tip" title="not counted">Two words</Aside>',
			'{/* not counted */}',
			'<!-- not counted -->',
			'Read [the guide](https://example.com/not/counted/).',
			'<PhaseTools phase="build" />',
		].join('\n');
		expect(proseWordCount(body)).toBe(5);
	});
});

describe.each(releases)('$name', ({ sections: sectionIds, minQuestions }) => {
	const lessons = sectionIds.flatMap(lessonsOf);

	it.each(sectionIds)('section %s has lessons', (sectionId) => {
		expect(lessonsOf(sectionId).length).toBeGreaterThan(0);
	});

	it.each(lessons.map((doc) => [doc.file, doc] as const))(
		'%s has objectives, minutes, skills and a quiz of 5-10 mixed questions',
		(_file, doc) => {
			const { objectives, minutes, skills, quiz } = doc.data as {
				objectives?: unknown[];
				minutes?: number;
				skills?: unknown[];
				quiz?: string;
			};
			expect(objectives?.length, 'objectives').toBeGreaterThan(0);
			expect(minutes, 'minutes').toBeGreaterThan(0);
			expect(skills?.length, 'skills').toBeGreaterThan(0);
			expect(quiz, 'quiz').toBeTypeOf('string');
			const bank = banks.get(quiz!);
			expect(bank, `content/quizzes/${quiz}.yaml`).toBeDefined();
			expect(bank!.questions.length, 'questions').toBeGreaterThanOrEqual(5);
			expect(bank!.questions.length, 'questions').toBeLessThanOrEqual(10);
			expect(new Set(bank!.questions.map((question) => question.type)).size, 'question types').toBeGreaterThanOrEqual(3);
		},
	);

	it.each(lessons.map((doc) => [doc.file, doc] as const))('%s has 600 to 1500 words of prose', (_file, doc) => {
		const words = proseWordCount(doc.body);
		expect(words).toBeGreaterThanOrEqual(600);
		expect(words).toBeLessThanOrEqual(1500);
	});

	it(`has at least ${minQuestions} questions in its lessons' banks`, () => {
		const total = lessons.reduce((sum, doc) => sum + (banks.get(doc.data.quiz as string)?.questions.length ?? 0), 0);
		expect(total, `questions in the banks of ${lessons.length} lessons`).toBeGreaterThanOrEqual(minQuestions);
	});
});

describe('practice', () => {
	it.each(practiceExercises)('exercise %s is a lesson with a worked solution and its own quiz', (exercise) => {
		const doc = docs.find((d) => d.id === `practice/${exercise}`);
		expect(doc, `content/docs/practice/${exercise}.mdx`).toBeDefined();
		expect(doc!.data.key).toBe(`practice-${exercise}`);
		expect(doc!.body).toMatch(/^## Worked solution$/m);
		expect(banks.has(doc!.data.quiz as string), `quiz ${doc!.data.quiz}`).toBe(true);
	});
});
