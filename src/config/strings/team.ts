/** What the Team progress page says. */
export const teamStrings = {
	intro:
		'Follow a team’s onboarding without a server. Ask each person for a share link (from their Share your progress page) or an exported progress file, then add them here: every file and link is read in this browser and nothing is uploaded. Each row is named by the name the person gave when exporting or sharing, else by the file name. The figures are self-reported.',
	filesLabel: 'Progress files (.json)',
	dropHint: 'Or drop files on this box.',
	linksLabel: 'Share links, one per line',
	addLinks: 'Add the links',
	problemsHeading: 'Not added',
	tableHeading: 'The team',
	caption: (people: number) =>
		people === 1 ? 'One person. Choose a column heading to sort by it.' : `${people} people. Choose a column heading to sort by it.`,
	empty: 'No one added yet.',
	person: 'Person',
	lessons: 'Lessons',
	labTasks: 'Lab tasks',
	reviewsDue: 'Reviews due',
	lastActivity: 'Last activity',
	never: 'Nothing yet',
	sortedBy: (column: string, direction: 'ascending' | 'descending') => `Sorted by ${column}, ${direction}.`,
	added: (count: number) => (count === 1 ? 'Added one person.' : `Added ${count} people.`),
	newer: (sources: string[]) =>
		` A newer version of this site made ${sources.join(', ')}; the table shows what this version can read, and anything the newer version added is left out.`,
	csv: 'Download as CSV',
	print: 'Print the table',
	clear: 'Remove everyone',
	keep: 'Keep this team in this browser',
	keepHint: 'Off: the table is gone when you leave this page. On: it is saved in this browser only, until you remove everyone.',
	keptDropped: (count: number) => `${count === 1 ? 'One saved row was' : `${count} saved rows were`} damaged and left out.`,
	keepFailed: 'This browser did not let the team be saved; it stays on this page only.',
} as const;
