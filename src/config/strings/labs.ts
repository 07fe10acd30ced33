/** What a started lab says in the browser; this loads with the lab's workspace. */
export const labStrings = {
	prompt: '$',
	emptyCommand: 'Type a command, then press Enter.',
	cut: (chars: number) => `[Output cut: ${chars.toLocaleString('en')} more characters not shown.]`,
	stopped: (reason: string) => `[Stopped: the command ran too long or too much (${reason}).]`,
	filesReset: 'The files are back as they were at the start.',
	restored: (n: number) => `Welcome back: your ${n === 1 ? 'command was' : `${n} commands were`} run again, so the files are as you left them.`,
	restoreFailed: (problem: string) => `Your commands from last time could not be restored (${problem}); the lab starts from its starting files.`,
	journalFull: 'This lab keeps your first 300 commands across reloads; later ones last until you leave the page.',
	fileReset: 'The file is back as it was at the start.',
	passed: 'Passed',
	failed: 'Failed',
	line: (n: number) => `Line ${n}`,
	parseError: (line: number, message: string) => `The file does not parse as YAML, line ${line}: ${message}`,
	taskPassed: (n: number) => `Task ${n} done.`,
	allDone: 'Every task of this lab is done.',
	checked: (passed: number, total: number) => `${passed} of ${total} tasks pass.`,
};

/** What a lab's markup says, rendered at build. */
export const labPageStrings = {
	heading: (title: string) => `Lab: ${title}`,
	kindShell: 'Hands-on lab in a terminal. Everything runs in your browser; nothing is sent anywhere.',
	kindConfig: 'Hands-on lab: fix a file and check it. Everything runs in your browser; nothing is sent anywhere.',
	files: 'Files',
	tasks: 'Tasks',
	taskOf: (n: number, total: number) => `Task ${n} of ${total}`,
	hint: (n: number) => `Hint ${n}`,
	notDone: 'Not done yet',
	// The three below are written by the lab's script, which reads them from the markup.
	done: 'Done',
	starting: 'Loading the lab…',
	startFailed: 'The lab could not load. Reload the page to try again.',
	start: 'Start lab',
	terminal: 'Terminal',
	terminalLog: 'Terminal output',
	command: 'Command',
	run: 'Run',
	prompt: '$',
	resetFiles: 'Reset files',
	editFile: (path: string) => `Edit ${path}`,
	check: 'Check',
	resetFile: 'Reset file',
	solution: 'Reference solution',
	solutionNote: 'Try the tasks first: opening the solution is recorded in your progress as “solution viewed”.',
	solutionViewed: 'Solution viewed',
	solutionCommands: 'Commands that pass every task, in order:',
	solutionFile: (path: string) => `The fixed ${path}:`,
};

/** What labs say on paper: the worksheet in a lesson or the study guide, and the answer key. */
export const labPrintStrings = {
	worksheet: 'Do this lab on a computer with a shell, or plan on paper what you would type.',
	worksheetConfig: 'Mark on the file what you would change, or rewrite it below.',
	writeCommands: 'Commands:',
	answerKey: (title: string) => `Lab: ${title}`,
	commands: 'Reference solution, commands in order:',
	fixedFile: (path: string) => `Reference solution, the fixed ${path}:`,
	rules: 'What the checker looks for:',
};
