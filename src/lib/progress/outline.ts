import type { Course } from '../course/course';
import { phaseIds } from '../../schemas/vocabulary';
import { labTaskKey } from './labs';
import { checklistItemKey } from './lessons';
import type { CourseOutline } from './summary';

/**
 * What the My progress page needs to know of the course, in no language: section labels as the
 * course names them and addresses in the root language (the page translates both). Served once
 * as /course-outline.json so a course of a thousand lessons does not weigh on the page's HTML.
 */
export function courseOutline(course: Course): CourseOutline {
	const checklistItems = (milestoneId: string | undefined) => {
		const milestone = milestoneId ? course.milestones.get(milestoneId) : undefined;
		return milestone ? { id: milestone.id, items: milestone.items.map((item) => checklistItemKey(milestone.id, item.id)) } : undefined;
	};
	const labTasks = new Map<string, string[]>();
	for (const lab of course.labs.values()) {
		labTasks.set(lab.lesson, [...(labTasks.get(lab.lesson) ?? []), ...lab.tasks.map((task) => labTaskKey(lab.id, task.id))]);
	}
	return {
		sections: course.sections
			.filter((section) => section.lessons.length)
			.map((section) => ({
				id: section.id,
				label: section.label,
				lessons: section.lessons.map((lesson) => ({
					key: lesson.key,
					title: lesson.title,
					href: lesson.href,
					contentHash: lesson.contentHash,
					prerequisites: [...lesson.prerequisites],
					questions: lesson.quiz ? (course.quizzes.get(lesson.quiz)?.questions.map((q) => q.id) ?? []) : [],
					labTasks: labTasks.get(lesson.key) ?? [],
				})),
				checklist: section.lessons.flatMap((lesson) => checklistItems(lesson.milestone)?.items ?? []),
			})),
		checklists: course.lessons.flatMap((lesson) => checklistItems(lesson.milestone) ?? []),
		phases: Object.fromEntries(
			phaseIds.flatMap((phase) => {
				const lesson = course.lessons.find((l) => l.id === `lifecycle/${phase}`);
				return lesson ? [[phase, lesson.key]] : [];
			}),
		),
	};
}
