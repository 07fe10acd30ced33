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
