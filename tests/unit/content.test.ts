import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sections } from '../../src/config/sections';
import { formatBankFailures, lintAllBanks } from '../../src/lib/assessment/bank-lint';
import { findContentProblems, formatContentProblems } from '../../src/lib/course/integrity';
import { sortByPath } from '../../src/lib/course/path';
import { CheckedQuizBankSchema } from '../../src/lib/quiz/bank-schema';
import { LabSchema, type Lab } from '../../src/schemas/lab';
import { LessonFrontmatterSchema } from '../../src/schemas/lesson';
import { MilestoneSchema } from '../../src/schemas/milestone';
import { QuizBankSchema, type QuizBank } from '../../src/schemas/quiz';
import { ToolSchema } from '../../src/schemas/tool';
import { readDocs, readYamlCollection } from '../support/content-files';

/**
 * Checks the project's real content with the schemas the build uses, without a build: fast
 * feedback for authors, and the same verdict `npm run build` gives.
 */
const docs = readDocs();
const quizzes = readYamlCollection('quizzes');
const tools = readYamlCollection('tools');
const milestones = readYamlCollection('milestones');
const labs = readYamlCollection('labs');

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('content/docs', () => {
	it.each(docs.map((doc) => [doc.file, doc] as const))('%s has valid frontmatter', (_file, doc) => {
		expect(typeof doc.data.title, 'title').toBe('string');
		expect(issuesOf(LessonFrontmatterSchema.safeParse(doc.data))).toEqual([]);
	});
	// With the MDX compiler of Astro's own MDX support, which throws on what the build would refuse.
	it.each(docs.map((doc) => [doc.file, doc] as const))('%s compiles as MDX', (_file, doc) => {
		expect(() => mdxToJs(doc.body)).not.toThrow();
	});
});

describe.each([
	['quizzes', quizzes, CheckedQuizBankSchema],
	['tools', tools, ToolSchema],
	['milestones', milestones, MilestoneSchema],
	['labs', labs, LabSchema],
] as const)('content/%s', (_name, files, schema) => {
	it.each(files.map((entry) => [entry.file, entry] as const))('%s matches its schema', (_file, entry) => {
		expect(issuesOf(schema.safeParse(entry.data))).toEqual([]);
	});
});

describe('cross references', () => {
	it('every prerequisite, quiz, milestone, lab lesson, re-read link and section page resolves, keys and question ids are unique, no cycles, prerequisites come first', () => {
		const lessons = docs.flatMap((doc) => {
			const parsed = LessonFrontmatterSchema.safeParse(doc.data);
			const section = sections.find((s) => s.directory && (doc.id === s.directory || doc.id.startsWith(`${s.directory}/`)));
			return parsed.success && parsed.data.key
				? [{ ...parsed.data, key: parsed.data.key, file: doc.file, id: doc.id, section: section?.id ?? '' }]
				: [];
		});
		const banks = quizzes.map((entry) => ({ ...entry, bank: QuizBankSchema.safeParse(entry.data).data as QuizBank | undefined }));
		const problems = findContentProblems({
			lessons,
			sections,
			questions: banks.flatMap(({ id, file, bank }) =>
				(bank?.questions ?? []).map((question) => ({ bank: id, file, id: question.id, reread: question.reread })),
			),
			labs: labs.flatMap(({ id, file, data }) => {
				const lab = LabSchema.safeParse(data).data as Lab | undefined;
				return lab ? [{ id, file, lesson: lab.lesson }] : [];
			}),
			quizIds: new Set(quizzes.map((entry) => entry.id)),
			milestoneIds: new Set(milestones.map((entry) => entry.id)),
			pageIds: new Set(docs.map((doc) => doc.id)),
			path: sortByPath(lessons, sections).map((lesson) => lesson.key),
		});
		expect(problems, formatContentProblems(problems)).toEqual([]);
	});
});

describe('question banks as a whole', () => {
	it('pass the bank-wide lint the build runs (no gameable pattern across all banks)', () => {
		const banks = quizzes.map((entry) => ({ file: entry.file, questions: QuizBankSchema.parse(entry.data).questions }));
		const failures = lintAllBanks(banks);
		expect(failures, formatBankFailures(failures)).toEqual([]);
	});
});
