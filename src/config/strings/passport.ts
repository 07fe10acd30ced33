import type { Formats } from '../../lib/locale/format';

/** What the onboarding checklist page says. */
export const checklistStrings = {
	intro:
		'The whole course as a Markdown task list. Paste it into a GitHub or GitLab issue and it shows as checkboxes: a new hire can tick them off there, and a lead can follow along. It is made in this page from your progress in this browser; nothing is sent anywhere.',
	which: 'What to put in the list',
	mine: 'My progress: ticked where I have finished',
	empty: 'An empty checklist for a new hire',
	name: 'Name for the heading (optional)',
	nameHint: 'Shown only in the list you copy or download.',
	markdown: 'The checklist in Markdown',
	copy: 'Copy the checklist',
	download: 'Download as a .md file',
	copied: 'Copied. Paste it into a new issue.',
	copyFailed: 'This browser did not allow copying. The text is selected: press Ctrl+C (or ⌘+C) to copy it.',
	downloaded: (file: string) => `Saved as ${file}.`,
	title: (name: string) => (name ? `DevOps onboarding: ${name}` : 'DevOps onboarding'),
	introMine: (date: string) => `Progress from DevOps Path on ${date}, self-reported by the learner.`,
	introEmpty: 'The DevOps Path course, from the first lesson to the capstone. Tick each item when it is done.',
	checklistsHeading: 'Milestones and capstone checks',
	labItem: (title: string) => `Lab: ${title}`,
} as const;

/** What the course record page says. */
export const recordStrings = {
	selfReported:
		'Self-reported: this record is made from the progress kept in this browser. Nobody has checked it, and anyone can mark a lesson complete, so treat it as the learner’s own account of their work.',
	summary: (lessons: number, total: number, labs: number, labTotal: number, f: Formats) =>
		`${f.number(lessons)} of ${f.number(total)} lessons completed and ${f.number(labs)} of ${f.number(labTotal)} labs finished.`,
	printedOn: (date: string) => `Made on ${date}.`,
	lessonsHeading: 'Lessons completed',
	labsHeading: 'Labs finished',
	checksHeading: 'Milestone and capstone checks',
	examsHeading: 'Practice exams',
	lesson: 'Lesson',
	section: 'Section',
	completed: 'Completed on',
	quiz: 'Quiz, right the first time',
	quizScore: (right: number, answered: number, total: number, f: Formats) =>
		answered === 0
			? `Not answered (${f.number(total)} ${total === 1 ? 'question' : 'questions'})`
			: answered === total
				? `${f.number(right)} of ${f.number(total)}`
				: `${f.number(right)} of ${f.number(answered)} answered (${f.number(total)} in the quiz)`,
	noQuiz: 'No quiz',
	lab: 'Lab',
	inLesson: 'In lesson',
	tasks: 'Tasks',
	finished: 'Finished on',
	checklist: 'Checklist',
	item: 'Item',
	ticked: 'Ticked on',
	exam: 'Finished on',
	score: 'Score',
	examScore: (right: number, asked: number, f: Formats) => `${f.number(right)} of ${f.number(asked)} (${f.percent(Math.round((right / asked) * 100))})`,
	none: 'Nothing here yet.',
	print: 'Print the record',
} as const;
