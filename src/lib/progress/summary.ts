import type { Progress } from '../../schemas/progress';
import { isLessonDone, nextOnPath } from './path';

/** The course as the dashboard needs it, embedded in the page at build. */
export interface CourseOutline {
	sections: {
		id: string;
		label: string;
		lessons: {
			key: string;
			title: string;
			href: string;
			contentHash: string;
			prerequisites: string[];
			questions: string[];
			labTasks?: string[];
		}[];
		/** Checklist ids ("<milestone>:<item>") shown in this section's lessons. */
		checklist: string[];
	}[];
	/** Lifecycle phase → key of the lesson that teaches it. */
	phases: Record<string, string>;
	/** Each milestone checklist and capstone self-check list, with its items' ids ("<milestone>:<item>"). */
	checklists: { id: string; items: string[] }[];
}

type OutlineLesson = CourseOutline['sections'][number]['lessons'][number];

export interface Tally {
	done: number;
	total: number;
	percent: number;
}

export interface ProgressSummary {
	overall: Tally;
	sections: (Tally & { id: string; label: string })[];
	/** First-try accuracy over the course's questions the learner has answered. */
	accuracy: { answered: number; firstTryCorrect: number; total: number; percent: number };
	/** Lab tasks passed, over the tasks of the course's labs ("<lab>:<task>"). */
	labs: Tally;
	/** Items ticked per checklist. */
	checklists: (Tally & { id: string })[];
	/** Per phase: half for completing its lesson, half for its questions answered right. */
	phases: Record<string, number>;
	next?: OutlineLesson;
	updated: OutlineLesson[];
}

const percent = (done: number, total: number) => (total ? Math.round((done / total) * 100) : 0);
const tally = (done: number, total: number): Tally => ({ done, total, percent: percent(done, total) });

/** What the dashboard shows, from stored progress and the course as built. Entries for content that no longer exists are ignored, never deleted. */
export function summarise(progress: Progress, outline: CourseOutline): ProgressSummary {
	const lessons = outline.sections.flatMap((section) => section.lessons);
	const isDone = (key: string) => isLessonDone(progress, key);
	const sections = outline.sections.map((section) => ({
		id: section.id,
		label: section.label,
		...tally(section.lessons.filter((lesson) => isDone(lesson.key)).length, section.lessons.length),
	}));
	const questionIds = lessons.flatMap((lesson) => lesson.questions);
	const answered = questionIds.filter((id) => progress.questions[id]);
	const firstTryCorrect = answered.filter((id) => progress.questions[id]!.firstCorrect).length;
	const byKey = new Map(lessons.map((lesson) => [lesson.key, lesson]));
	const phases = Object.fromEntries(
		Object.entries(outline.phases).map(([phase, key]) => {
			const lesson = byKey.get(key);
			if (!lesson) return [phase, 0];
			const right = lesson.questions.filter((id) => progress.questions[id]?.lastCorrect).length;
			const quizShare = lesson.questions.length ? right / lesson.questions.length : isDone(key) ? 1 : 0;
			return [phase, Math.round((isDone(key) ? 50 : 0) + 50 * quizShare)];
		}),
	);
	return {
		overall: tally(lessons.filter((lesson) => isDone(lesson.key)).length, lessons.length),
		sections,
		accuracy: { answered: answered.length, firstTryCorrect, total: questionIds.length, percent: percent(firstTryCorrect, answered.length) },
		labs: labTally(
			progress,
			lessons.flatMap((lesson) => lesson.labTasks ?? []),
		),
		checklists: outline.checklists.map(({ id, items }) => ({
			id,
			...tally(items.filter((item) => isChecked(progress, item)).length, items.length),
		})),
		phases,
		next: nextOnPath(lessons, progress),
		updated: lessons.filter((lesson) => isDone(lesson.key) && progress.lessons[lesson.key]!.contentHash !== lesson.contentHash),
	};
}

export const isChecked = (progress: Progress, itemKey: string) => progress.checklist[itemKey]?.done === true;

/** Lab tasks passed among the given "<lab>:<task>" keys; progress for tasks no longer in a lab is ignored. */
export function labTally(progress: Progress, taskKeys: readonly string[]): Tally {
	return tally(taskKeys.filter((key) => progress.labTasks[key]).length, taskKeys.length);
}

/** What resetting a section forgets: its lessons, their questions and its checklist items. */
export function sectionIds(outline: CourseOutline, sectionId: string) {
	const section = outline.sections.find((s) => s.id === sectionId);
	return {
		lessons: section?.lessons.map((lesson) => lesson.key) ?? [],
		questions: section?.lessons.flatMap((lesson) => lesson.questions) ?? [],
		checklist: section?.checklist ?? [],
	};
}
