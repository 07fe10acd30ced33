import type { Progress } from '../../schemas/progress';
import type { PassportOutline } from './outline';

export interface RecordedLesson {
	section: string;
	title: string;
	href: string;
	completedAt: number;
	/** First-try right answers over the lesson's questions; null when it has no quiz. */
	quiz: { right: number; answered: number; total: number } | null;
}

export interface RecordedLab {
	title: string;
	lesson: string;
	tasks: number;
	/** When the last task was passed. */
	passedAt: number;
}

export interface CourseRecord {
	lessons: RecordedLesson[];
	labs: RecordedLab[];
	checks: { checklist: string; text: string; doneAt: number }[];
	exams: { finishedAt: number; right: number; asked: number }[];
	totals: { lessons: number; lessonsDone: number; labs: number; labsDone: number };
}

/**
 * What a learner has finished, in course order, with dates and first-try scores: the printable
 * course record. Labs count only when every task has passed; exams come newest first.
 */
export function courseRecord(outline: PassportOutline, progress: Progress): CourseRecord {
	const lessons: RecordedLesson[] = [];
	const labs: RecordedLab[] = [];
	let lessonCount = 0;
	let labCount = 0;
	for (const section of outline.sections) {
		for (const lesson of section.lessons) {
			lessonCount += 1;
			const stored = progress.lessons[lesson.key];
			if (stored?.status === 'done' && stored.completedAt !== undefined) {
				const answered = lesson.questions.filter((id) => progress.questions[id]);
				lessons.push({
					section: section.label,
					title: lesson.title,
					href: lesson.href,
					completedAt: stored.completedAt,
					quiz: lesson.questions.length
						? {
								right: answered.filter((id) => progress.questions[id]!.firstCorrect).length,
								answered: answered.length,
								total: lesson.questions.length,
							}
						: null,
				});
			}
			for (const lab of lesson.labs) {
				labCount += 1;
				const passes = lab.tasks.map((key) => progress.labTasks[key]?.passedAt);
				if (passes.length && passes.every((time) => time !== undefined)) {
					labs.push({ title: lab.title, lesson: lesson.title, tasks: passes.length, passedAt: Math.max(...(passes as number[])) });
				}
			}
		}
	}
	const checks = outline.checklists.flatMap((checklist) =>
		checklist.items.flatMap((item) => {
			const stored = progress.checklist[item.key];
			return stored?.done ? [{ checklist: checklist.title, text: item.text, doneAt: stored.updatedAt }] : [];
		}),
	);
	const exams = Object.values(progress.exams)
		.map(({ finishedAt, right, asked }) => ({ finishedAt, right, asked }))
		.sort((a, b) => b.finishedAt - a.finishedAt);
	return {
		lessons,
		labs,
		checks,
		exams,
		totals: { lessons: lessonCount, lessonsDone: lessons.length, labs: labCount, labsDone: labs.length },
	};
}
