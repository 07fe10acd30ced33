import type { MasteryLevel } from '../../lib/assessment/mastery';

/** What the skill levels on the dashboard and the readiness scorecard say. */
export const masteryStrings = {
	heading: 'Skill levels',
	intro:
		'Each skill’s level comes from your answers to its questions: it rises as you answer more of them right, and rises further when they are still right days later. It falls after a miss and fades slowly if you stop practising.',
	caption: 'Level per rubric skill, and the questions that would raise it next',
	skill: 'Skill',
	level: 'Level',
	practiseNext: 'Practise next',
	nothingNext: 'Keep it fresh on the Review page.',
	levels: {
		'not-started': 'Not started',
		attempted: 'Attempted',
		familiar: 'Familiar',
		proficient: 'Proficient',
		mastered: 'Mastered',
	} satisfies Record<MasteryLevel, string>,
	questionIn: (bank: string, number: number) => `${bank}, question ${number}`,
} as const;

/** What the practice exam page says. */
export const examStrings = {
	intro: (size: number) =>
		`${size} questions drawn from every section and question type, as many per skill as the hiring rubric weighs it, with the skills mixed. Nothing is marked until you finish, as in a real assessment. Every start draws a new set.`,
	noScript: 'The exam is drawn and marked by JavaScript in your browser. Turn JavaScript on to take it.',
	start: 'Start a practice exam',
	loading: 'Drawing your questions…',
	loadFailed: 'Some questions could not be loaded. Check your connection and start again.',
	heading: 'Your exam',
	questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
	finish: 'Finish and mark the exam',
	resultHeading: 'Your result',
	score: (right: number, total: number) => `${right} of ${total} right (${total ? Math.round((right / total) * 100) : 0}%).`,
	unanswered: (n: number) => (n ? ` ${n} left unanswered, counted as wrong.` : ''),
	resultCaption: 'Result by skill',
	skill: 'Skill',
	right: 'Right',
	reread: 'Re-read',
	nothingToReread: 'Nothing missed.',
	rereadLink: (bank: string) => bank,
	again: 'Start a new exam',
	feedbackBelow: 'Each question below now shows its feedback.',
	historyHeading: 'Your earlier exams',
	noHistory: 'No exam finished yet. Each one you finish is kept here, in this browser, with your progress.',
	attempt: (date: string, right: number, asked: number) => `${date}: ${right} of ${asked} right (${asked ? Math.round((right / asked) * 100) : 0}%)`,
} as const;
