import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { interfaceLanguages, SOURCE_LANGUAGE } from '../../config/languages';
import { hiddenSections, readSiteSettings } from '../../config/site';
import type { z } from 'astro/zod';
import type { Lab } from '../../schemas/lab';
import { LessonSchema } from '../../schemas/lesson';
import type { Question } from '../../schemas/quiz';
import type { Tool } from '../../schemas/tool';
import type { Milestone } from '../../schemas/milestone';
import { findContentProblems, formatContentProblems, tabSetProblem, type ContentProblem, type LessonReference } from './integrity';
import { sortByPath } from './path';
import { isInSections } from './hidden-sections';
import english from '../../../content/i18n/en.json' with { type: 'json' };
import { rubric } from '../../config/rubric';
import { vocabularyStrings } from '../../config/strings/vocabulary';
import { createTranslate } from '../locale/messages';
import { formatBankFailures, lintAllBanks } from '../assessment/bank-lint';
import { dimensionBalance, formatBalanceReport } from '../assessment/dimension-balance';

/** A lesson as the course holds it: its fields (see LessonSchema), where it is, and what its text is. */
export type Lesson = Omit<z.output<typeof LessonSchema>, 'order'> & {
	/** Docs page id, e.g. "lifecycle/build". */
	id: string;
	title: string;
	description?: string;
	href: string;
	section: string;
	order: number;
	/** Changes when the lesson's text changes, so progress can say "updated since you completed it". */
	contentHash: string;
};

export interface CourseSection {
	id: string;
	label: string;
	href: string;
	lessons: Lesson[];
}

export interface QuizBankEntry {
	id: string;
	title: string;
	description?: string;
	file: string;
	questions: Question[];
}

/** `source` is the lab file (content/labs/<id>.yaml); a config lab's own `file` is the file the learner edits. */
export type LabEntry = Lab & { id: string; source: string };

export interface Course {
	lessons: Lesson[];
	sections: CourseSection[];
	quizzes: Map<string, QuizBankEntry>;
	tools: (Tool & { id: string })[];
	milestones: Map<string, Milestone & { id: string }>;
	/** Labs by id, in file order; each belongs to the lesson its `lesson` field names. */
	labs: Map<string, LabEntry>;
	/** Where each question bank is shown: its lesson, or a page that places it with <Quiz id="…" />. */
	bankPages: Map<string, string>;
}

let loading: Promise<Course> | undefined;

/** The whole course, validated once per build; throws (failing the build) on any content problem. */
export function getCourse(): Promise<Course> {
	loading ??= loadCourse();
	return loading;
}

export function pageHref(id: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const [path, anchor] = id.split('#');
	return `${base}${path ? `${path}/` : ''}${anchor ? `#${anchor}` : ''}`;
}

async function loadCourse(): Promise<Course> {
	const settings = readSiteSettings();
	// The course is the English pages; content/docs/<locale>/ holds their translations, same keys.
	const locales = interfaceLanguages().map(({ locale }) => locale);
	const [docs, quizEntries, toolEntries, milestoneEntries, labEntries] = await Promise.all([
		getCollection('docs', (entry) => !locales.some((locale) => entry.id === locale || entry.id.startsWith(`${locale}/`))),
		getCollection('quizzes'),
		getCollection('tools'),
		getCollection('milestones'),
		getCollection('labs'),
	]);
	const hidden = hiddenSections(settings);
	const extraProblems: ContentProblem[] = [];
	const sectionOf = (entry: CollectionEntry<'docs'>) =>
		settings.sections.find(
			(section) => section.directory && (entry.id === section.directory || entry.id.startsWith(`${section.directory}/`)),
		);

	const unordered: Lesson[] = [];
	/** Lessons of sections this site switched off: checked like the others, left out of the course. */
	const hiddenLessons: LessonReference[] = [];
	for (const entry of docs) {
		const tooManyTabs = tabSetProblem(fileOf(entry), entry.body ?? '');
		if (tooManyTabs) extraProblems.push(tooManyTabs);
		const data = entry.data;
		if (!data.key) continue;
		const section = sectionOf(entry);
		if (!section) {
			if (isInSections(entry.id, hidden)) {
				hiddenLessons.push({
					key: data.key,
					file: fileOf(entry),
					prerequisites: data.prerequisites,
					quiz: data.quiz,
					milestone: data.milestone,
				});
				continue;
			}
			extraProblems.push({
				file: fileOf(entry),
				field: 'key',
				value: data.key,
				message: `a lesson must live in a section folder: ${settings.sections.flatMap((s) => (s.directory ? [`content/docs/${s.directory}/`] : [])).join(', ')}`,
			});
			continue;
		}
		// The content collection checked the page with LessonFrontmatterSchema, so this cannot fail; it gives the lesson's type.
		const { key, minutes, level, skills, objectives, prerequisites, quiz, milestone } = LessonSchema.parse(data);
		unordered.push({
			key,
			id: entry.id,
			title: data.title,
			description: data.description,
			href: pageHref(entry.id),
			section: section.id,
			order: data.order ?? Number.MAX_SAFE_INTEGER,
			minutes,
			level,
			skills,
			objectives,
			prerequisites,
			quiz,
			milestone,
			contentHash: createHash('sha256')
				.update(entry.body ?? '')
				.digest('hex')
				.slice(0, 12),
		});
	}

	const lessons = sortByPath(unordered, settings.sections);

	const quizzes = new Map<string, QuizBankEntry>(
		quizEntries.map((entry) => [
			entry.id,
			{ id: entry.id, title: entry.data.title, description: entry.data.description, file: fileOf(entry), questions: entry.data.questions },
		]),
	);
	const milestones = new Map(milestoneEntries.map((entry) => [entry.id, { ...entry.data, id: entry.id }]));
	const labs = new Map<string, LabEntry>(
		labEntries.sort((a, b) => a.id.localeCompare(b.id)).map((entry) => [entry.id, { ...entry.data, id: entry.id, source: fileOf(entry) }]),
	);

	const problems = [
		...extraProblems,
		...findContentProblems({
			lessons: [...lessons.map((lesson) => ({ ...lesson, file: fileOf(docs.find((entry) => entry.id === lesson.id)!) })), ...hiddenLessons],
			sections: settings.sections,
			questions: [...quizzes.values()].flatMap((bank) =>
				bank.questions.map((question) => ({ bank: bank.id, file: bank.file, id: question.id, reread: question.reread })),
			),
			labs: [...labs.values()].map((lab) => ({ id: lab.id, file: lab.source, lesson: lab.lesson })),
			quizIds: new Set(quizzes.keys()),
			milestoneIds: new Set(milestones.keys()),
			pageIds: new Set(docs.map((entry) => entry.id)),
			path: lessons.map((lesson) => lesson.key),
		}),
	];
	if (problems.length) throw new Error(formatContentProblems(problems));
	// Every bank on disk, shown or not: a switched-off section's questions are still authored content.
	const bankFailures = lintAllBanks([...quizzes.values()]);
	if (bankFailures.length) throw new Error(formatBankFailures(bankFailures));
	// Report-only until every dimension has lessons to draw questions from; authors read it here and in Contribute.
	console.info(
		formatBalanceReport(
			dimensionBalance([...quizzes.values()], rubric, vocabularyStrings(createTranslate(english, SOURCE_LANGUAGE)).skills),
		),
	);

	// A prerequisite in a switched-off section cannot be taken here, so it is not asked for.
	const shownKeys = new Set(lessons.map((lesson) => lesson.key));
	for (const lesson of lessons) lesson.prerequisites = lesson.prerequisites.filter((key) => shownKeys.has(key));

	const sections = settings.sections.flatMap((section) =>
		section.directory
			? [
					{
						id: section.id,
						label: section.label,
						href: pageHref(section.directory),
						lessons: lessons.filter((l) => l.section === section.id),
					},
				]
			: [],
	);
	const bankPages = new Map<string, string>();
	for (const entry of docs) {
		for (const [, bank] of (entry.body ?? '').matchAll(/<Quiz\s+id="([a-z0-9-]+)"/g)) bankPages.set(bank!, pageHref(entry.id));
	}
	for (const lesson of lessons) if (lesson.quiz) bankPages.set(lesson.quiz, lesson.href);
	return {
		lessons,
		sections,
		bankPages,
		quizzes,
		tools: toolEntries.map((entry) => ({ ...entry.data, id: entry.id })).sort((a, b) => a.name.localeCompare(b.name)),
		milestones,
		labs,
	};
}

function fileOf(entry: { filePath?: string; id: string }) {
	return entry.filePath ?? entry.id;
}
