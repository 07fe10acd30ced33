import type { Translate } from '../../lib/locale/messages';

/** What the Team progress page says; keys `team.*`. */
export const teamStrings = (t: Translate) => ({
	intro: t('team.intro'),
	filesLabel: t('team.filesLabel'),
	dropHint: t('team.dropHint'),
	linksLabel: t('team.linksLabel'),
	addLinks: t('team.addLinks'),
	problemsHeading: t('team.problemsHeading'),
	tableHeading: t('team.tableHeading'),
	caption: (people: number) => t('team.caption', { count: people }),
	empty: t('team.empty'),
	person: t('team.person'),
	lessons: t('team.lessons'),
	labTasks: t('team.labTasks'),
	reviewsDue: t('team.reviewsDue'),
	lastActivity: t('team.lastActivity'),
	never: t('team.never'),
	sortedBy: (column: string, direction: 'ascending' | 'descending') =>
		direction === 'ascending' ? t('team.sortedAscending', { column }) : t('team.sortedDescending', { column }),
	added: (count: number) => t('team.added', { count }),
	/** Follows `added` in the same status message, hence the leading space. */
	newer: (sources: string[]) => ` ${t('team.newer', { sources: sources.join(', ') })}`,
	csv: t('team.csv'),
	print: t('team.print'),
	clear: t('team.clear'),
	keep: t('team.keep'),
	keepHint: t('team.keepHint'),
	keptDropped: (count: number) => t('team.keptDropped', { count }),
	keepFailed: t('team.keepFailed'),
});
