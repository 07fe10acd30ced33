/** What the sidebar's progress script says on every page: keep it short. */
export const progressStrings = {
	completedMark: '(completed)',
	inProgressMark: '(in progress)',
} as const;

/** Rendered into pages at build; the script only shows or hides them. */
export const progressPageStrings = {
	markComplete: 'Mark as complete',
	notices: {
		blocked: 'Progress can’t be saved in this browser (storage is blocked or unavailable): what you do here is lost when you leave this page. Download it to keep it.',
		quota: 'Your browser’s storage for this site is full, so your latest progress is not saved yet. This tab keeps it and saves it as soon as there is room, and nothing saved earlier was lost. To keep it for certain, export it from My progress or download it now.',
		quotaNotKept:
			'Your browser’s storage for this site is full, so your latest progress is not saved, and it is lost when you leave this page. Nothing saved earlier was lost. Download it now to keep it.',
		downloadProgress: 'Download your progress',
		corrupt: 'Your saved progress could not be read, so progress starts fresh. The unreadable data was kept; download it to keep a copy.',
		corruptNoBackup: 'Your saved progress could not be read and could not be backed up, so it was left untouched and nothing new is saved. Export your progress from My progress to keep this session’s work.',
		newer: 'Your progress was saved by a newer version of this site, so this page leaves it untouched and does not save changes: what you do here is lost when you leave this page.',
		downloadBackup: 'Download the unreadable data',
	},
} as const;
