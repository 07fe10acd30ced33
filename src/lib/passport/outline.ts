import type { ShareOutline } from './share-link';
import { labTaskKey } from '../progress/labs';
import { checklistItemKey } from '../progress/lessons';

/**
 * The course as the onboarding checklist and the course record need it, embedded in their pages
 * at build: titles and links to print, and the progress ids to look up.
 */
export interface PassportOutline {
	sections: {
		label: string;
		lessons: {
			key: string;
			title: string;
			href: string;
			questions: string[];
			labs: { id: string; title: string; tasks: string[] }[];
		}[];
	}[];
	checklists: {
		id: string;
		title: string;
		items: { key: string; text: string }[];
	}[];
}

/** What `passportOutline` reads: the shape of `getCourse()`'s course, kept structural so this stays free of astro:content. */
export interface PassportCourseSource {
	sections: {
		label: string;
		lessons: {
			key: string;
			title: string;
			href: string;
			quiz?: string;
			milestone?: string;
		}[];
	}[];
	quizzes: ReadonlyMap<string, { questions: readonly { id: string }[] }>;
	labs: ReadonlyMap<
		string,
		{
			id: string;
			title: string;
			lesson: string;
			tasks: readonly { id: string }[];
		}
	>;
	milestones: ReadonlyMap<
		string,
		{
			id: string;
			title: string;
			items: readonly { id: string; text: string }[];
		}
	>;
}

export function passportOutline(course: PassportCourseSource): PassportOutline {
	const labs = [...course.labs.values()];
	const sections = course.sections.filter((section) => section.lessons.length);
	return {
		sections: sections.map((section) => ({
			label: section.label,
			lessons: section.lessons.map((lesson) => ({
				key: lesson.key,
				title: lesson.title,
				href: lesson.href,
				questions: lesson.quiz ? (course.quizzes.get(lesson.quiz)?.questions.map((question) => question.id) ?? []) : [],
				labs: labs
					.filter((lab) => lab.lesson === lesson.key)
					.map((lab) => ({
						id: lab.id,
						title: lab.title,
						tasks: lab.tasks.map((task) => labTaskKey(lab.id, task.id)),
					})),
			})),
		})),
		checklists: sections.flatMap((section) =>
			section.lessons.flatMap((lesson) => {
				const milestone = lesson.milestone ? course.milestones.get(lesson.milestone) : undefined;
				return milestone
					? [
							{
								id: milestone.id,
								title: milestone.title,
								items: milestone.items.map((item) => ({
									key: checklistItemKey(milestone.id, item.id),
									text: item.text,
								})),
							},
						]
					: [];
			}),
		),
	};
}

/** What `shareOutline` reads, besides what `passportOutline` does. */
export interface ShareCourseSource extends PassportCourseSource {
	sections: (PassportCourseSource['sections'][number] & { id: string })[];
	quizzes: ReadonlyMap<
		string,
		{
			id: string;
			questions: readonly { id: string; skills: readonly string[] }[];
		}
	>;
	/** Bank id → the page that shows it; banks on no page (a section switched off) do not count. */
	bankPages: ReadonlyMap<string, string>;
}

/** The course as share links and the team table count it: ids only, no titles (the site id is added in the browser). */
export function shareOutline(course: ShareCourseSource, skills: readonly string[]): Omit<ShareOutline, 'siteId'> {
	const sections = course.sections.filter((section) => section.lessons.length);
	const labs = [...course.labs.values()];
	return {
		sections: sections.map((section) => ({
			id: section.id,
			lessons: section.lessons.map((lesson) => lesson.key),
			labTasks: labs
				.filter((lab) => section.lessons.some((lesson) => lesson.key === lab.lesson))
				.flatMap((lab) => lab.tasks.map((task) => labTaskKey(lab.id, task.id))),
		})),
		checklists: passportOutline(course).checklists.map(({ id, items }) => ({
			id,
			items: items.map((item) => item.key),
		})),
		questions: [...course.quizzes.values()]
			.filter((bank) => course.bankPages.has(bank.id))
			.flatMap((bank) =>
				bank.questions.map((question) => ({
					id: question.id,
					skills: [...question.skills],
				})),
			),
		skills: [...skills],
	};
}
