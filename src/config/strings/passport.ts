import type { Formats } from '../../lib/format';

/** What the onboarding checklist and course record pages say. */
export const passportStrings = {
	checklist: {
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
	},
	record: {
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
	},
	share: {
		intro:
			'A link that shows your progress to someone else: lessons and labs finished per section, checklist items ticked, your level in each skill and the reviews due. It carries counts and dates, never your answers. Everything is packed into the part of the link after #, which browsers never send to a server, so nothing leaves this browser until you send the link yourself.',
		name: 'Your name, as the link shows it (optional)',
		nameHint: 'Anyone with the link sees it.',
		linkLabel: 'Link to your progress',
		copy: 'Copy the link',
		open: 'See what it shows',
		copied: 'Copied. Paste it where the other person will see it.',
		copyFailed: 'This browser did not allow copying. The link is selected: press Ctrl+C (or ⌘+C) to copy it.',
		qrLabel: 'QR code of the link above',
		qrNote: 'Scan it with a phone camera to open the link there.',
		length: (characters: number, f: Formats) => `The link is ${f.number(characters)} characters long.`,
		continueHeading: 'Continue on another device',
		continueIntro:
			'This link carries all of your progress, answers included, to another browser, where it is merged with what that browser already has, like importing a file. Open it only on your own devices.',
		continueLabel: 'Link that moves your progress',
		continueCopy: 'Copy the moving link',
		continueTooLong: (characters: number, limit: number, f: Formats) =>
			`Your progress is too large for a link (${f.number(characters)} characters packed; a link holds up to ${f.number(limit)}). Move it with a file instead: export it from the progress dashboard and import it on the other device.`,
		continueQrLabel: 'QR code of the link that moves your progress',
	},
	shared: {
		heading: 'Shared progress',
		readOnly: (name: string, date: string) =>
			`${name ? `${name}’s` : 'Someone’s'} progress as shared on ${date}. This page only shows it: your own progress on this site is not read or changed.`,
		selfReported: 'Self-reported: made from the progress in the sender’s browser. Nobody has checked it.',
		otherSite: (siteId: string) => `This link was made on another site (${siteId}); sections and skills this site does not have are shown by their ids.`,
		noLink: 'This page shows progress that someone shared with you. Open it from a share link: the progress travels in the link itself.',
		lessons: (done: number, total: number, f: Formats) => `${f.number(done)} of ${f.number(total)} lessons completed`,
		labTasks: (done: number, total: number, f: Formats) => `${f.number(done)} of ${f.number(total)} lab tasks passed`,
		reviewsDue: (due: number, f: Formats) => (due === 1 ? '1 review question due' : `${f.number(due)} review questions due`),
		lastActivity: (date: string) => `Last activity: ${date}.`,
		sectionsHeading: 'Sections',
		section: 'Section',
		done: 'Completed',
		count: (done: number, total: number, f: Formats) => `${f.number(done)} of ${f.number(total)}`,
		skillsHeading: 'Skill levels',
		skill: 'Skill',
		level: 'Level',
		checklistsHeading: 'Milestones and capstone checks',
		checklist: 'Checklist',
		ticked: 'Ticked',
	},
} as const;
