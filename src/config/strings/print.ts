import type { Translate } from '../../lib/locale/messages';

/** What the print views say; keys `print.*`. */
export const printStrings = (t: Translate) => ({
	buttonLabel: t('print.buttonLabel'),
	lessonLabel: t('print.lessonLabel'),
	partners: t('print.partners'),
});

/** What the study guide says; keys `studyGuide.*`. */
export const studyGuideStrings = (t: Translate) => ({
	title: (site: string) => t('studyGuide.title', { site }),
	sectionTitle: (site: string, section: string) => t('studyGuide.sectionTitle', { site, section }),
	description: t('studyGuide.description'),
	sectionDescription: (section: string) => t('studyGuide.sectionDescription', { section }),
	built: t('studyGuide.built'),
	online: t('studyGuide.online'),
	contents: t('studyGuide.contents'),
	answerKey: t('studyGuide.answerKey'),
	answerKeyLead: t('studyGuide.answerKeyLead'),
	downloadPdf: (format: string) => t('studyGuide.downloadPdf', { format }),
	printHint: t('studyGuide.printHint'),
	printGuide: t('studyGuide.printGuide'),
	bySection: t('studyGuide.bySection'),
	indexTitle: (site: string) => t('studyGuide.indexTitle', { site }),
	indexDescription: t('studyGuide.indexDescription'),
	sectionsHeading: t('studyGuide.sectionsHeading'),
	sectionSummary: (lessons: number, minutes: number) => t('studyGuide.sectionSummary', { count: lessons, minutes }),
	wholeGuide: t('studyGuide.wholeGuide'),
	indexHint: t('studyGuide.indexHint'),
	objectives: t('studyGuide.objectives'),
	minutes: (n: number) => t('studyGuide.minutes', { minutes: n }),
	lines: (lines: readonly number[]) => t('studyGuide.lines', { count: lines.length, lines: lines.join(', ') }),
	rightOrder: t('studyGuide.rightOrder'),
});
