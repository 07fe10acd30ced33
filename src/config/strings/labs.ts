import type { Translate } from '../../lib/locale/messages';
import type { Formats } from '../../lib/locale/format';

/** What a started lab says in the browser (keys `labs.workspace.*`); the lab's markup carries these for its workspace. */
export const labStrings = (t: Translate) => ({
	prompt: t('labs.workspace.prompt'),
	emptyCommand: t('labs.workspace.emptyCommand'),
	/** The count comes formatted for the page's language. */
	cut: (chars: number, f: Formats) => t('labs.workspace.cut', { chars: f.number(chars) }),
	stopped: (reason: string) => t('labs.workspace.stopped', { reason }),
	filesReset: t('labs.workspace.filesReset'),
	restored: (n: number) => t('labs.workspace.restored', { count: n }),
	restoreFailed: (problem: string) => t('labs.workspace.restoreFailed', { problem }),
	journalFull: t('labs.workspace.journalFull'),
	fileReset: t('labs.workspace.fileReset'),
	passed: t('labs.workspace.passed'),
	failed: t('labs.workspace.failed'),
	line: (n: number) => t('labs.workspace.line', { n }),
	parseError: (line: number, message: string) => t('labs.workspace.parseError', { line, message }),
	taskPassed: (n: number) => t('labs.workspace.taskPassed', { n }),
	allDone: t('labs.workspace.allDone'),
	checked: (passed: number, total: number) => t('labs.workspace.checked', { passed, total }),
});

/** What a lab's markup says, rendered at build; keys `labs.page.*`. */
export const labPageStrings = (t: Translate) => ({
	heading: (title: string) => t('labs.page.heading', { title }),
	kindShell: t('labs.page.kindShell'),
	kindConfig: t('labs.page.kindConfig'),
	files: t('labs.page.files'),
	tasks: t('labs.page.tasks'),
	taskOf: (n: number, total: number) => t('labs.page.taskOf', { n, total }),
	hint: (n: number) => t('labs.page.hint', { n }),
	notDone: t('labs.page.notDone'),
	// The three below are written by the lab's script, which reads them from the markup.
	done: t('labs.page.done'),
	starting: t('labs.page.starting'),
	startFailed: t('labs.page.startFailed'),
	start: t('labs.page.start'),
	terminal: t('labs.page.terminal'),
	terminalLog: t('labs.page.terminalLog'),
	command: t('labs.page.command'),
	run: t('labs.page.run'),
	prompt: t('labs.page.prompt'),
	resetFiles: t('labs.page.resetFiles'),
	editFile: (path: string) => t('labs.page.editFile', { path }),
	check: t('labs.page.check'),
	resetFile: t('labs.page.resetFile'),
	solution: t('labs.page.solution'),
	solutionNote: t('labs.page.solutionNote'),
	solutionViewed: t('labs.page.solutionViewed'),
	solutionCommands: t('labs.page.solutionCommands'),
	solutionFile: (path: string) => t('labs.page.solutionFile', { path }),
});

/** What labs say on paper: the worksheet in a lesson or the study guide, and the answer key; keys `labs.print.*`. */
export const labPrintStrings = (t: Translate) => ({
	worksheet: t('labs.print.worksheet'),
	worksheetConfig: t('labs.print.worksheetConfig'),
	writeCommands: t('labs.print.writeCommands'),
	answerKey: (title: string) => t('labs.print.answerKey', { title }),
	commands: t('labs.print.commands'),
	fixedFile: (path: string) => t('labs.print.fixedFile', { path }),
	rules: t('labs.print.rules'),
});
