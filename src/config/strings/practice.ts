/** What a practice exercise's worked solution says around itself. */
export const workedSolutionStrings = {
	summary: 'Show the worked solution',
	note: 'Try the exercise first and write down your own answer: opening the solution is recorded in your progress as “solution viewed”.',
	viewed: 'Solution viewed',
};
