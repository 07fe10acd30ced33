/** What the print views and the study guide say. */
export const printStrings = {
	buttonLabel: 'Print this page',
	lessonLabel: 'Print this lesson',
	/** Paper worksheets: what to do with the boxes and lines. */
	tickOne: 'Tick one box.',
	tickAll: 'Tick every box that applies.',
	tickTrueFalse: 'Tick True or False.',
	numberOrder: 'Write each item’s position (1, 2, 3 …) in its box.',
	writeLetter: 'Write the letter of each item’s partner on its line.',
	tickLines: 'Tick every line that holds a problem.',
	writeCommand: 'Write the command.',
	writeOutput: 'Write what it prints.',
	partners: 'Partners',
} as const;

export const studyGuideStrings = {
	title: (site: string) => `${site} study guide`,
	sectionTitle: (site: string, section: string) => `${site} study guide: ${section}`,
	description: 'Every lesson in learning order, with questions to answer on paper and an answer key.',
	sectionDescription: (section: string) => `The ${section} lessons, with questions to answer on paper and an answer key.`,
	built: 'Built',
	online: 'Online',
	contents: 'Contents',
	answerKey: 'Answer key',
	answerKeyLead: 'Answers and explanations for every question, lesson by lesson.',
	downloadPdf: (format: string) => `Download the whole guide as a PDF (${format})`,
	printHint: 'Print it, or save it as a PDF from your browser’s print dialog.',
	printGuide: 'Print the guide',
	bySection: 'One section at a time:',
	objectives: 'You will be able to:',
	minutes: (n: number) => `About ${n} minutes`,
	lines: (lines: readonly number[]) => `${lines.length === 1 ? 'Line' : 'Lines'} ${lines.join(', ')}`,
	rightOrder: 'Right order:',
} as const;
