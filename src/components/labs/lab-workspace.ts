import { labStrings } from '../../config/strings/labs';
import { pageStrings } from '../locale/page-strings';
import { formatsFor } from '../../lib/locale/format';
import { say } from '../../lib/locale/messages';
import type { ConfigResult } from '../../lib/labs/config-check';
import { appendCommand, readJournal, writeJournal } from '../../lib/labs/journal';
import type { RunResult } from '../../lib/labs/shell-session';
import { labTaskKey, passLabTask } from '../../lib/progress/labs';
import type { ShellLab } from '../../schemas/lab';
import { record, store } from '../progress/page-store';
import type { DevopsLab } from './lab-element';
import { WorkerClient, type ConfigRequest, type ShellRequest } from './worker-protocol';
import workspaceStyles from '../../styles/lab-workspace.css?url';

const HISTORY_LIMIT = 100;

// This module loads on "Start lab", long after the page's markup (and its Lab.astro strings) is parsed.
const t = pageStrings();
const s = labStrings(t);

/**
 * A started lab: the shell or the checker, each in a worker, and the controls that drive it.
 * What commands print is written with textContent only, so nothing typed or printed becomes HTML.
 */
export class LabWorkspace {
	#lab: DevopsLab;
	#shell?: WorkerClient<ShellRequest>;
	#checker?: WorkerClient<ConfigRequest>;
	#history: string[] = [];
	#historyAt = 0;
	#busy = false;
	/** A shell lab's commands since the start or the last reset, replayed after a reload. */
	#journal: string[] = [];
	#journalFull = false;

	constructor(lab: DevopsLab) {
		this.#lab = lab;
	}

	get #data() {
		return this.#lab.data;
	}

	/** Loads the lab; resolves to what to tell the learner about work restored from a last visit. */
	async start(): Promise<string | undefined> {
		await loadStyles();
		let restored: string | undefined;
		// Workers, not import(): their code loads only now, and the page carries no loader for it.
		if (this.#data.kind === 'shell') {
			this.#shell = new WorkerClient(new Worker(new URL('./shell-worker.ts', import.meta.url), { type: 'module' }));
			await this.#startShell();
			restored = await this.#replay();
		} else {
			this.#checker = new WorkerClient(new Worker(new URL('./config-worker.ts', import.meta.url), { type: 'module' }));
			this.#editor()!.value = this.#savedWork() ?? this.#startingFile();
		}
		this.#lab.querySelector('[data-command-form]')?.addEventListener('submit', this.#onSubmit);
		this.#lab.querySelector('[data-command]')?.addEventListener('keydown', this.#onKey as EventListener);
		this.#editor()?.addEventListener('input', this.#saveDraft);
		return restored;
	}

	onClick(button: HTMLButtonElement) {
		const action = button.dataset.action;
		if (action === 'check') void this.#check();
		else if (action === 'reset') void this.#reset();
		else if (button.hasAttribute('data-line')) this.#goToLine(Number(button.dataset.lineNumber));
	}

	/**
	 * Where the learner's work in this lab is kept across reloads, beside the progress: a config
	 * lab's edited file, or a shell lab's command journal.
	 */
	get #workKey() {
		return `${store.key}:lab:${this.#lab.labId}`;
	}

	#saveWork(value: string | null) {
		try {
			if (value === null) localStorage.removeItem(this.#workKey);
			else localStorage.setItem(this.#workKey, value);
		} catch {
			// Blocked or full storage: the work lasts as long as the page, which the progress notices already say.
		}
	}

	#savedWork() {
		try {
			return localStorage.getItem(this.#workKey);
		} catch {
			return null;
		}
	}

	#saveDraft = () => this.#saveWork(this.#editor()!.value);

	/** Runs the commands of the last visit again, so the files and the scenario are as the learner left them. */
	async #replay(): Promise<string | undefined> {
		const journal = readJournal(this.#savedWork());
		if ('problem' in journal) return s.restoreFailed(say(t, journal.problem));
		for (const line of journal.commands) await this.#execute(line, false);
		this.#journal = journal.commands;
		this.#history = journal.commands.slice(-HISTORY_LIMIT);
		this.#historyAt = this.#history.length;
		return journal.commands.length ? s.restored(journal.commands.length) : undefined;
	}

	#keep(line: string) {
		const journal = appendCommand(this.#journal, line);
		if (!journal) {
			if (!this.#journalFull) this.#lab.announce(s.journalFull);
			this.#journalFull = true;
			return;
		}
		this.#journal = journal;
		this.#saveWork(writeJournal(journal));
	}

	/** The starting files, read from the page's own <pre> elements. */
	#startingFiles() {
		return this.#data.files.map((file) => ({
			path: file.path,
			content: this.#lab.querySelector(`code[data-file="${CSS.escape(file.path)}"]`)?.textContent ?? '',
		}));
	}

	/** A config lab's file as it was at the start. */
	#startingFile() {
		const path = this.#data.kind === 'config' ? this.#data.file : undefined;
		return this.#startingFiles().find((file) => file.path === path)?.content ?? '';
	}

	/** A fresh shell over the starting files; tasks already done stay done. */
	#startShell() {
		const lab = { ...(this.#data as unknown as ShellLab), files: this.#startingFiles() };
		return this.#shell!.call<undefined>({ type: 'start', lab, passed: [...this.#lab.passed] });
	}

	#editor() {
		return this.#lab.querySelector<HTMLTextAreaElement>('[data-editor]');
	}

	#onSubmit = async (event: Event) => {
		event.preventDefault();
		const input = this.#lab.querySelector<HTMLInputElement>('[data-command]')!;
		const line = input.value;
		if (!this.#shell || this.#busy) return;
		if (!line.trim()) {
			this.#lab.announce(s.emptyCommand);
			return;
		}
		this.#busy = true;
		input.value = '';
		if (this.#history.at(-1) !== line) this.#history.push(line);
		if (this.#history.length > HISTORY_LIMIT) this.#history.shift();
		this.#historyAt = this.#history.length;
		try {
			const result = await this.#execute(line, true);
			// A command a limit stopped is not replayed: it would hold up every reload for as long again.
			if (!result.stopped) this.#keep(line);
		} finally {
			this.#busy = false;
		}
	};

	/** Runs one command and writes it and its output to the terminal log; `announce` when the learner typed it now. */
	async #execute(line: string, announce: boolean): Promise<RunResult> {
		const entry = document.createElement('div');
		entry.className = 'dp-lab-entry';
		const typed = document.createElement('p');
		typed.className = 'dp-lab-typed';
		typed.textContent = `${s.prompt} ${line}`;
		entry.append(typed);
		const result = await this.#shell!.call<RunResult>({ type: 'run', line });
		const output = document.createElement('pre');
		output.textContent = result.output.text;
		if (result.output.cut)
			output.textContent += `${result.output.text.endsWith('\n') || !result.output.text ? '' : '\n'}${s.cut(result.output.cut, formatsFor(document.documentElement.lang))}`;
		if (result.stopped) output.textContent += `\n${s.stopped(result.stopped)}`;
		if (output.textContent) entry.append(output);
		this.#log().append(entry);
		for (const id of result.passed) this.#pass(id, announce);
		this.#log().scrollTop = this.#log().scrollHeight;
		return result;
	}

	#log() {
		return this.#lab.querySelector<HTMLElement>('[data-log]')!;
	}

	#onKey = (event: KeyboardEvent) => {
		if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
		if (!this.#history.length) return;
		event.preventDefault();
		this.#historyAt = Math.max(0, Math.min(this.#history.length, this.#historyAt + (event.key === 'ArrowUp' ? -1 : 1)));
		const input = event.currentTarget as HTMLInputElement;
		input.value = this.#history[this.#historyAt] ?? '';
		input.setSelectionRange(input.value.length, input.value.length);
	};

	async #check() {
		const editor = this.#editor();
		if (!editor || !this.#checker || this.#data.kind !== 'config') return;
		const result = await this.#checker.call<ConfigResult>({
			lab: { format: this.#data.format, tasks: this.#data.tasks },
			text: editor.value,
		});
		const parseError = this.#lab.querySelector<HTMLElement>('[data-parse-error]')!;
		parseError.hidden = !result.parseError;
		parseError.textContent = result.parseError ? s.parseError(result.parseError.line, result.parseError.message) : '';
		const tasks = [...this.#lab.querySelectorAll<HTMLElement>('[data-task]')];
		result.tasks.forEach((task, t) => {
			const list = tasks[t]!.querySelector<HTMLElement>('[data-rules]')!;
			list.hidden = task.rules.length === 0;
			[...list.querySelectorAll<HTMLElement>('[data-rule]')].forEach((item, r) => {
				const rule = task.rules[r];
				if (!rule) return;
				item.dataset.result = rule.passed ? 'pass' : 'fail';
				item.querySelector('[data-verdict]')!.textContent = `${rule.passed ? s.passed : s.failed}:`;
				const lineButton = item.querySelector<HTMLButtonElement>('[data-line]')!;
				lineButton.hidden = rule.passed || rule.line === undefined;
				lineButton.textContent = rule.line === undefined ? '' : s.line(rule.line);
				lineButton.dataset.lineNumber = String(rule.line ?? '');
			});
			if (task.passed) this.#pass(task.id, false);
		});
		const passedNow = result.tasks.filter((task) => task.passed).length;
		this.#lab.announce(result.parseError ? parseError.textContent : s.checked(passedNow, result.tasks.length));
	}

	#goToLine(line: number) {
		const editor = this.#editor();
		if (!editor || !line) return;
		const lines = editor.value.split('\n');
		const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
		editor.focus();
		editor.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
	}

	async #reset() {
		if (this.#data.kind === 'shell' && this.#shell) {
			await this.#startShell();
			this.#journal = [];
			this.#journalFull = false;
			this.#saveWork(null);
			this.#lab.announce(s.filesReset);
		} else if (this.#editor()) {
			this.#editor()!.value = this.#startingFile();
			this.#saveDraft();
			this.#lab.announce(s.fileReset);
		}
	}

	/** A task passed in this visit: shown, recorded once, and announced when `announce` (a command's output is being read too). */
	#pass(id: string, announce: boolean) {
		if (!this.#lab.showPassed(id)) return;
		const labId = this.#lab.labId;
		if (!store.progress.labTasks[labTaskKey(labId, id)]) record((progress) => passLabTask(progress, labId, id, Date.now()));
		if (!announce) return;
		const index = this.#data.tasks.findIndex((task) => task.id === id);
		this.#lab.announce(
			this.#lab.passed.size === this.#data.tasks.length ? `${s.taskPassed(index + 1)} ${s.allDone}` : s.taskPassed(index + 1),
		);
	}
}

/**
 * The workspace's stylesheet, linked when the first lab starts. Imported as a URL, not as CSS: the
 * build would put imported CSS on every page.
 */
function loadStyles() {
	if (document.querySelector(`link[href="${workspaceStyles}"]`)) return Promise.resolve();
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: workspaceStyles });
	const loaded = new Promise((resolve, reject) => {
		link.onload = resolve;
		link.onerror = () => reject(new Error(`${workspaceStyles} did not load`));
	});
	document.head.append(link);
	return loaded;
}
