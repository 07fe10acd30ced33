import type { SectionConfig } from '../../config/sections';

/** One build-breaking problem in the content, named precisely enough to fix without searching. */
export interface ContentProblem {
	file: string;
	field: string;
	value: string;
	message: string;
}

export interface LessonReference {
	key: string;
	file: string;
	prerequisites: readonly string[];
	quiz?: string;
	milestone?: string;
}

export interface QuestionReference {
	bank: string;
	file: string;
	id: string;
	reread?: string;
}

export interface LabReference {
	id: string;
	file: string;
	lesson: string;
}

export interface CourseReferences {
	lessons: readonly LessonReference[];
	/** The sections the sidebar shows. */
	sections: readonly SectionConfig[];
	questions: readonly QuestionReference[];
	/** Labs, each shown in the lesson its `lesson` field names. */
	labs?: readonly LabReference[];
	quizIds: ReadonlySet<string>;
	milestoneIds: ReadonlySet<string>;
	/** Ids of every docs page, for re-read links. */
	pageIds: ReadonlySet<string>;
	/** Keys of the lessons the site shows, in the order the course teaches them. */
	path?: readonly string[];
}

/**
 * Cross-file rules no single schema can see. Astro's `reference()` only logs a dangling entry and
 * still exits 0, so every reference is checked here and the build fails on any problem.
 */
export function findContentProblems(refs: CourseReferences): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byKey = new Map<string, LessonReference>();
	for (const lesson of refs.lessons) {
		const first = byKey.get(lesson.key);
		if (first) {
			problems.push({ file: lesson.file, field: 'key', value: lesson.key, message: `duplicate key: ${first.file} already uses it` });
		} else {
			byKey.set(lesson.key, lesson);
		}
	}
	for (const lesson of refs.lessons) {
		for (const prerequisite of lesson.prerequisites) {
			if (!byKey.has(prerequisite)) {
				problems.push({ file: lesson.file, field: 'prerequisites', value: prerequisite, message: 'no lesson has this key' });
			}
		}
		if (lesson.quiz && !refs.quizIds.has(lesson.quiz)) {
			problems.push({
				file: lesson.file,
				field: 'quiz',
				value: lesson.quiz,
				message: 'no question bank content/quizzes/<id>.yaml has this id',
			});
		}
		if (lesson.milestone && !refs.milestoneIds.has(lesson.milestone)) {
			problems.push({
				file: lesson.file,
				field: 'milestone',
				value: lesson.milestone,
				message: 'no checklist in content/milestones has this id',
			});
		}
	}
	for (const cycle of findPrerequisiteCycles(refs.lessons, byKey)) {
		const file = byKey.get(cycle[0]!)!.file;
		problems.push({ file, field: 'prerequisites', value: cycle.join(' → '), message: 'prerequisites form a cycle' });
	}
	problems.push(...findPathProblems(refs.path ?? [], byKey));
	// Link sections lead to routes the site builds itself (the study guide); the dist link crawl checks them.
	for (const section of refs.sections) {
		if (!section.directory || refs.pageIds.has(section.directory)) continue;
		problems.push({
			file: 'src/config/sections.ts',
			field: `${section.id}.directory`,
			value: section.directory,
			message: `no page content/docs/${section.directory}/index.mdx exists; every sidebar section needs a real page`,
		});
	}
	const questionOwner = new Map<string, QuestionReference>();
	for (const question of refs.questions) {
		const first = questionOwner.get(question.id);
		if (first && first.bank !== question.bank) {
			problems.push({
				file: question.file,
				field: 'id',
				value: question.id,
				message: `question id also used in ${first.file}; progress is stored by question id, so ids must be unique across banks`,
			});
		}
		if (!first) questionOwner.set(question.id, question);
		if (question.reread) {
			const page = question.reread.split('#')[0]!;
			if (!refs.pageIds.has(page)) {
				problems.push({ file: question.file, field: `${question.id}.reread`, value: question.reread, message: 'no page has this id' });
			}
		}
	}
	for (const lab of refs.labs ?? []) {
		if (!byKey.has(lab.lesson)) problems.push({ file: lab.file, field: 'lesson', value: lab.lesson, message: 'no lesson has this key' });
	}
	return problems;
}

/**
 * The course is one path: Next links, the section overviews and the dashboard's next lesson follow
 * course order, so a prerequisite that comes later would send a learner forward and back again.
 */
function findPathProblems(path: readonly string[], byKey: ReadonlyMap<string, LessonReference>): ContentProblem[] {
	const position = new Map(path.map((key, index) => [key, index]));
	return path.flatMap((key) => {
		const lesson = byKey.get(key);
		if (!lesson) return [];
		return lesson.prerequisites
			.filter((prerequisite) => (position.get(prerequisite) ?? -1) > position.get(key)!)
			.map((prerequisite) => ({
				file: lesson.file,
				field: 'prerequisites',
				value: prerequisite,
				message:
					"comes after this lesson in the course order (src/config/sections.ts, then each lesson's order); move one of them or drop the prerequisite",
			}));
	});
}

/** src/styles/print.css orders a tab set's labels and panels for paper up to this many tabs. */
export const PRINTABLE_TABS = 8;

/** The number of tabs in each `<Tabs>` set of an MDX page, in order. */
export function tabSetSizes(body: string): number[] {
	return [...body.matchAll(/<Tabs\b[^>]*>([\s\S]*?)<\/Tabs>/g)].map(([, inner = '']) => inner.match(/<TabItem\b/g)?.length ?? 0);
}

/** A page with a tab set too large to print in order, or nothing. */
export function tabSetProblem(file: string, body: string): ContentProblem | undefined {
	const largest = Math.max(0, ...tabSetSizes(body));
	if (largest <= PRINTABLE_TABS) return undefined;
	return {
		file,
		field: '<Tabs>',
		value: `${largest} tabs`,
		message: `a tab set may hold at most ${PRINTABLE_TABS} tabs, so that every panel prints under its own label; split it or use headings`,
	};
}

/** Each cycle once, as the keys along it with the first repeated at the end. */
export function findPrerequisiteCycles(lessons: readonly LessonReference[], byKey: ReadonlyMap<string, LessonReference>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const path: string[] = [];
	const visit = (key: string) => {
		state.set(key, 'visiting');
		path.push(key);
		for (const next of byKey.get(key)?.prerequisites ?? []) {
			if (!byKey.has(next)) continue;
			if (state.get(next) === 'visiting') cycles.push([...path.slice(path.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		path.pop();
		state.set(key, 'done');
	};
	for (const lesson of lessons) if (!state.has(lesson.key)) visit(lesson.key);
	return cycles;
}

export function formatContentProblems(problems: readonly ContentProblem[]): string {
	const lines = problems.map((p) => `  ${p.file}: ${p.field} "${p.value}": ${p.message}`);
	return `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
