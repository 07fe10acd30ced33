import { labStrings as s } from '../../config/strings/labs';
import type { ConfigResult } from '../../lib/labs/config-check';
import type { LabRuntimeData } from '../../lib/labs/view';
import type { RunResult } from '../../lib/labs/shell-session';
import type { ShellLab } from '../../schemas/lab';
import { labTaskKey, passLabTask, viewLabSolution } from '../../lib/progress/model';
import type { Progress } from '../../schemas/progress';
import { record, store } from '../progress/page-store';
import { WorkerClient, type ConfigRequest, type ShellRequest } from './worker-protocol';

const HISTORY_LIMIT = 100;

/**
 * A lab on a lesson page. The markup already holds the scenario, files, tasks, hints, rule
 * messages and the solution; this element loads the shell or the checker on "Start lab" and
 * writes what commands print with textContent only, so nothing typed or printed becomes HTML.
 */
class DevopsLab extends HTMLElement {
	#data!: LabRuntimeData;
	#passed = new Set<string>();
	#shell?: WorkerClient<ShellRequest>;
	#checker?: WorkerClient<ConfigRequest>;
	#history: string[] = [];
	#historyAt = 0;
	#busy = false;

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('script[data-lab-data]')?.textContent ?? '{}');
		this.addEventListener('click', this.#onClick);
		this.querySelector('[data-command-form]')?.addEventListener('submit', this.#onSubmit);
		this.querySelector('[data-command]')?.addEventListener('keydown', this.#onKey as EventListener);
		this.querySelector('[data-solution]')?.addEventListener('toggle', this.#onSolution);
		this.#editor()?.addEventListener('input', this.#saveDraft);
		this.#showProgress(store.progress);
		// Another tab may pass a task or open the solution.
		store.subscribe((progress) => this.#showProgress(progress));
	}

	#showProgress(progress: Progress) {
		for (const task of this.#data.tasks) if (progress.labTasks[labTaskKey(this.labId, task.id)]) this.#markPassed(task.id, false);
		if (progress.labSolutions[this.labId]) this.querySelector<HTMLElement>('[data-viewed]')!.hidden = false;
	}

	/** The learner's edits to a config lab's file, kept across reloads beside the progress. */
	get #draftKey() {
		return `${store.key}:lab:${this.labId}`;
	}

	#saveDraft = () => {
		try {
			localStorage.setItem(this.#draftKey, this.#editor()!.value);
		} catch {
			// Blocked or full storage: the edits last as long as the page, which the progress notices already say.
		}
	};

	#draft() {
		try {
			return localStorage.getItem(this.#draftKey);
		} catch {
			return null;
		}
	}

	get labId() {
		return this.dataset.lab!;
	}

	/** The starting files, read from the page's own <pre> elements. */
	#startingFiles() {
		return this.#data.files.map((file) => ({ path: file.path, content: this.querySelector(`code[data-file="${CSS.escape(file.path)}"]`)?.textContent ?? '' }));
	}

	/** A config lab's file as it was at the start. */
	#startingFile() {
		const path = this.#data.kind === 'config' ? this.#data.file : undefined;
		return this.#startingFiles().find((file) => file.path === path)?.content ?? '';
	}

	#onClick = (event: Event) => {
		const button = (event.target as Element).closest('button');
		if (!button || !this.contains(button)) return;
		const action = button.dataset.action;
		if (action === 'start') void this.#start(button);
		else if (action === 'check') void this.#check();
		else if (action === 'reset') void this.#reset();
		else if (button.hasAttribute('data-line')) this.#goToLine(Number(button.dataset.lineNumber));
	};

	async #start(button: HTMLButtonElement) {
		button.disabled = true;
		this.#announce(s.starting);
		try {
			// Workers, not import(): their code loads only now, and the page carries no loader for it.
			if (this.#data.kind === 'shell') {
				this.#shell = new WorkerClient(new Worker(new URL('./shell-worker.ts', import.meta.url), { type: 'module' }));
				await this.#startShell();
			} else {
				this.#checker = new WorkerClient(new Worker(new URL('./config-worker.ts', import.meta.url), { type: 'module' }));
				this.#editor()!.value = this.#draft() ?? this.#startingFile();
			}
		} catch {
			button.disabled = false;
			this.#announce(s.startFailed);
			return;
		}
		button.closest('p')!.hidden = true;
		this.#announce('');
		this.querySelector<HTMLElement>('[data-workspace]')!.hidden = false;
		(this.querySelector<HTMLElement>('[data-command]') ?? this.#editor())?.focus();
	}

	/** A fresh shell over the starting files; tasks already done stay done. */
	#startShell() {
		const lab = { ...(this.#data as unknown as ShellLab), files: this.#startingFiles() };
		return this.#shell!.call<undefined>({ type: 'start', lab, passed: [...this.#passed] });
	}

	#editor() {
		return this.querySelector<HTMLTextAreaElement>('[data-editor]');
	}

	#onSubmit = async (event: Event) => {
		event.preventDefault();
		const input = this.querySelector<HTMLInputElement>('[data-command]')!;
		const line = input.value;
		if (!this.#shell || this.#busy) return;
		if (!line.trim()) {
			this.#announce(s.emptyCommand);
			return;
		}
		this.#busy = true;
		input.value = '';
		if (this.#history.at(-1) !== line) this.#history.push(line);
		if (this.#history.length > HISTORY_LIMIT) this.#history.shift();
		this.#historyAt = this.#history.length;
		const entry = document.createElement('div');
		entry.className = 'dp-lab-entry';
		const typed = document.createElement('p');
		typed.className = 'dp-lab-typed';
		typed.textContent = `${s.prompt} ${line}`;
		entry.append(typed);
		try {
			const result = await this.#shell.call<RunResult>({ type: 'run', line });
			const output = document.createElement('pre');
			output.textContent = result.output.text;
			if (result.output.cut) output.textContent += `${result.output.text.endsWith('\n') || !result.output.text ? '' : '\n'}${s.cut(result.output.cut)}`;
			if (result.stopped) output.textContent += `\n${s.stopped(result.stopped)}`;
			if (output.textContent) entry.append(output);
			this.#log().append(entry);
			for (const id of result.passed) this.#markPassed(id, true);
		} finally {
			this.#busy = false;
		}
		this.#log().scrollTop = this.#log().scrollHeight;
	};

	#log() {
		return this.querySelector<HTMLElement>('[data-log]')!;
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
		const result = await this.#checker.call<ConfigResult>({ lab: { format: this.#data.format, tasks: this.#data.tasks }, text: editor.value });
		const parseError = this.querySelector<HTMLElement>('[data-parse-error]')!;
		parseError.hidden = !result.parseError;
		parseError.textContent = result.parseError ? s.parseError(result.parseError.line, result.parseError.message) : '';
		const tasks = [...this.querySelectorAll<HTMLElement>('[data-task]')];
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
			if (task.passed) this.#markPassed(task.id, false);
		});
		const passedNow = result.tasks.filter((task) => task.passed).length;
		this.#announce(result.parseError ? parseError.textContent : s.checked(passedNow, result.tasks.length));
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
			this.#announce(s.filesReset);
		} else if (this.#editor()) {
			this.#editor()!.value = this.#startingFile();
			this.#saveDraft();
			this.#announce(s.fileReset);
		}
	}

	/** Shows a task as done; `announce` says so, since a passing command's output is being read too. */
	#markPassed(id: string, announce: boolean) {
		const index = this.#data.tasks.findIndex((task) => task.id === id);
		const item = this.querySelector<HTMLElement>(`[data-task="${CSS.escape(id)}"]`);
		if (!item) return;
		item.dataset.done = '';
		item.querySelector('[data-status]')!.textContent = s.done;
		const first = !this.#passed.has(id);
		this.#passed.add(id);
		if (first && !store.progress.labTasks[labTaskKey(this.labId, id)]) {
			record((progress) => passLabTask(progress, this.labId, id, Date.now()));
		}
		if (announce && first) this.#announce(this.#passed.size === this.#data.tasks.length ? `${s.taskPassed(index + 1)} ${s.allDone}` : s.taskPassed(index + 1));
	}

	#onSolution = (event: Event) => {
		if (!(event.currentTarget as HTMLDetailsElement).open) return;
		this.querySelector<HTMLElement>('[data-viewed]')!.hidden = false;
		record((progress) => viewLabSolution(progress, this.labId, Date.now()));
	};

	#announce(text: string) {
		this.querySelector('[data-announce]')!.textContent = text;
	}
}

customElements.define('devops-lab', DevopsLab);
