import type { Formats } from '../../lib/locale/format';

/** What the read-only Shared progress page says. */
export const sharedStrings = {
	heading: 'Shared progress',
	readOnly: (name: string, date: string) =>
		`${name ? `${name}’s` : 'Someone’s'} progress as shared on ${date}. This page only shows it: your own progress on this site is not read or changed.`,
	selfReported: 'Self-reported: made from the progress in the sender’s browser. Nobody has checked it.',
	otherSite: (siteId: string) => `This link was made on another site (${siteId}); sections and skills this site does not have are shown by their ids.`,
	newer: (version: number) =>
		`A newer version of this site made this link (shared progress version ${version}); this page shows what this version can read of it, and anything the newer version added is left out.`,
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
} as const;
