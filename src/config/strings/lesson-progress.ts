// Apart from progress.ts so that the sidebar's script, on every page, carries none of these.
/** What a lesson's progress controls say. */
export const lessonProgressStrings = {
	status: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Completed', updated: 'Updated since you completed it' },
	completedOn: (date: string) => `Completed on ${date}.`,
	updatedSince: 'This lesson has changed since you completed it.',
} as const;
