import type { Formats } from '../../lib/locale/format';
import type { Translate } from '../../lib/locale/messages';

/** What the read-only Shared progress page says; keys `sharedProgress.*`. */
export const sharedStrings = (t: Translate) => ({
	heading: t('sharedProgress.heading'),
	readOnly: (name: string, date: string) =>
		name ? t('sharedProgress.readOnlyNamed', { name, date }) : t('sharedProgress.readOnly', { date }),
	selfReported: t('sharedProgress.selfReported'),
	otherSite: (siteId: string) => t('sharedProgress.otherSite', { siteId }),
	newer: (version: number) => t('sharedProgress.newer', { version }),
	noLink: t('sharedProgress.noLink'),
	lessons: (done: number, total: number, f: Formats) => t('sharedProgress.lessons', { done: f.number(done), total: f.number(total) }),
	labTasks: (done: number, total: number, f: Formats) => t('sharedProgress.labTasks', { done: f.number(done), total: f.number(total) }),
	reviewsDue: (due: number, f: Formats) => t('sharedProgress.reviewsDue', { count: due, due: f.number(due) }),
	lastActivity: (date: string) => t('sharedProgress.lastActivity', { date }),
	sectionsHeading: t('sharedProgress.sectionsHeading'),
	section: t('sharedProgress.section'),
	done: t('sharedProgress.done'),
	count: (done: number, total: number, f: Formats) => t('sharedProgress.count', { done: f.number(done), total: f.number(total) }),
	skillsHeading: t('sharedProgress.skillsHeading'),
	skill: t('sharedProgress.skill'),
	level: t('sharedProgress.level'),
	checklistsHeading: t('sharedProgress.checklistsHeading'),
	checklist: t('sharedProgress.checklist'),
	ticked: t('sharedProgress.ticked'),
});
