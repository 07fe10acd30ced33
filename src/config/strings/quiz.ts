/** What the quizzes say. Every user-facing string of the interactive parts lives in this folder, one file per feature, so a page's script carries only its own. */
/** What a quiz says in the browser as the learner answers: the quiz script carries only these. */
export const quizStrings = {
	correct: 'Correct.',
	notQuite: 'Not quite.',
	chooseFirst: 'Choose an answer first, then press Check.',
	matchAllFirst: 'Choose a partner for every item first, then press Check.',
	yourChoiceRight: 'Your choice: correct',
	yourChoiceWrong: 'Your choice: wrong',
	inPlace: 'In the right place',
	outOfPlace: 'In the wrong place',
	pairRight: 'Correct pair',
	pairWrong: 'Wrong pair',
	missed: (n: number) => `You missed ${n} correct ${n === 1 ? 'choice' : 'choices'}.`,
	itemsInPlace: (right: number, total: number) => `${right} of ${total} items are in the right place.`,
	pairsRight: (right: number, total: number) => `${right} of ${total} pairs are right.`,
	linesFound: (right: number, total: number) => `You found ${right} of ${total} problem ${total === 1 ? 'line' : 'lines'}.`,
	score: (correct: number, total: number) => `${correct} of ${total} correct`,
	scorePending: (answered: number, total: number) => `${answered} of ${total} questions answered`,
	moved: (item: string, position: number, total: number) => `Moved “${item}” to position ${position} of ${total}.`,
	alreadyFirst: (item: string) => `“${item}” is already first.`,
	alreadyLast: (item: string) => `“${item}” is already last.`,
	typeFirst: 'Type your answer first, then press Check.',
} as const;

/** What a quiz's markup says, rendered at build (and on paper). */
export const quizPageStrings = {
	/** Shown in a question when the quiz's script could not be fetched (the page reads it from its markup). */
	loadFailed: 'The quiz could not load. Check your connection, then reload the page.',
	heading: 'Check your understanding',
	questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
	check: 'Check',
	/** Beside Check: a right answer marked this way still goes to the review queue. */
	unsure: 'Not sure',
	tryAgain: 'Try again',
	hint: 'Hint',
	reread: 'Re-read this part of the lesson',
	moveUp: 'Move up',
	moveDown: 'Move down',
	choose: 'Choose…',
	yourCommand: 'Your command',
	yourOutput: 'What it prints',
	line: 'Line',
	true: 'True',
	false: 'False',
	selectAll: 'Select all that apply.',
	selectLines: 'Select every line that holds a problem.',
	arrange: 'Put the items in the right order.',
	matchEach: 'Choose the partner of each item.',
	codeLabel: (language: string | undefined, lines: number) => `${language ?? 'Code'} excerpt, ${lines} lines`,
} as const;
