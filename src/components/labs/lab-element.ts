import type { LabRuntimeData } from '../../lib/labs/view';
import { labTaskKey, viewLabSolution } from '../../lib/progress/labs';
import type { Progress } from '../../schemas/progress';
import { record, store } from '../progress/page-store';
import type { LabWorkspace } from './lab-workspace';

/**
 * A lab on a lesson page. The markup already holds the scenario, files, tasks, hints, rule
 * messages, the solution and the few words this script writes; on load it only shows what the
 * learner has done before. "Start lab" loads the workspace (shell or checker), so a page whose
 * lab is never started carries almost none of its code.
 */
export class DevopsLab extends HTMLElement {
	data!: LabRuntimeData;
	/** Tasks shown as done, from progress or passed in this visit. */
	readonly passed = new Set<string>();
	#workspace?: Promise<LabWorkspace>;

	connectedCallback() {
		this.data = JSON.parse(this.querySelector('script[data-lab-data]')?.textContent ?? '{}');
		this.addEventListener('click', this.#onClick);
		this.querySelector('[data-solution]')?.addEventListener('toggle', this.#onSolution);
		// Another tab may pass a task or open the solution.
		store.subscribe(this.#showProgress);
		this.#showProgress(store.progress);
	}

	get labId() {
		return this.dataset.lab!;
	}

	#showProgress = (progress: Progress) => {
		for (const task of this.data.tasks) if (progress.labTasks[labTaskKey(this.labId, task.id)]) this.showPassed(task.id);
		if (progress.labSolutions[this.labId]) this.querySelector<HTMLElement>('[data-viewed]')!.hidden = false;
	};

	/** Shows a task as done; true the first time, when the caller records and announces it. */
	showPassed(id: string): boolean {
		const status = this.querySelector<HTMLElement>(`[data-task="${CSS.escape(id)}"] [data-status]`);
		if (!status || this.passed.has(id)) return false;
		this.passed.add(id);
		status.closest('li')!.dataset.done = '';
		status.textContent = status.dataset.doneText!;
		return true;
	}

	announce(text = '') {
		this.querySelector('[data-announce]')!.textContent = text;
	}

	#onClick = ({ target }: Event) => {
		const button = (target as Element).closest('button');
		if (!button || !this.contains(button)) return;
		if (button.dataset.action === 'start') void this.#start(button);
		else void this.#workspace?.then((workspace) => workspace.onClick(button));
	};

	async #start(button: HTMLButtonElement) {
		button.disabled = true;
		this.announce(button.dataset.starting);
		let restored: string | undefined;
		try {
			this.#workspace = import('./lab-workspace').then(({ LabWorkspace }) => new LabWorkspace(this));
			restored = await (await this.#workspace).start();
		} catch {
			this.#workspace = undefined;
			button.disabled = false;
			this.announce(button.dataset.startFailed);
			return;
		}
		button.parentElement!.hidden = true;
		this.announce(restored);
		this.querySelector<HTMLElement>('[data-workspace]')!.hidden = false;
		this.querySelector<HTMLElement>('[data-command], [data-editor]')?.focus();
	}

	#onSolution = ({ currentTarget }: Event) => {
		if (!(currentTarget as HTMLDetailsElement).open) return;
		this.querySelector<HTMLElement>('[data-viewed]')!.hidden = false;
		record((progress) => viewLabSolution(progress, this.labId, Date.now()));
	};
}

customElements.define('dp-lab', DevopsLab);
