import { dashboardStrings as s } from '../../config/strings/dashboard';
import { formatsFor } from '../../lib/format';
import { exportFile, readImportFile } from '../../lib/progress/transfer';
import { emptyProgress, mergeProgress } from '../../lib/progress/model';
import { forget } from '../../lib/progress/reset';
import { dueForReview } from '../../lib/progress/review-queue';
import { reviewStrings } from '../../config/strings/review';
import { sectionIds, summarise, type CourseOutline } from '../../lib/progress/summary';
import type { Progress } from '../../schemas/progress';
import { store } from './page-store';

/** The My progress page: renders the summary and handles export, import and reset. */
class ProgressDashboard extends HTMLElement {
	#outline!: CourseOutline;

	connectedCallback() {
		// The marks let the performance benchmark (npm run bench) time the first render.
		performance.mark('dp-dashboard-start');
		this.#outline = JSON.parse(this.querySelector('script[data-outline]')!.textContent!);
		store.subscribe((progress) => this.#render(progress));
		this.#render(store.progress);
		performance.mark('dp-dashboard-rendered');
		this.addEventListener('click', this.#onClick);
		this.querySelector<HTMLFormElement>('[data-reset-form]')!.addEventListener('submit', this.#onResetSection);
		this.querySelector<HTMLFormElement>('[data-import-form]')!.addEventListener('submit', this.#onImport);
	}

	#render(progress: Progress) {
		const summary = summarise(progress, this.#outline);
		const f = formatsFor(document.documentElement.lang);
		this.#text('[data-overall-percent]', f.percent(summary.overall.percent));
		this.querySelector<HTMLProgressElement>('[data-overall-bar]')!.value = summary.overall.done;
		this.#text('[data-overall-text]', s.lessonsDone(summary.overall.done, summary.overall.total, f));
		for (const section of summary.sections) {
			const row = this.querySelector(`[data-section="${section.id}"]`)!;
			row.querySelector('progress')!.value = section.done;
			row.querySelector('[data-section-text]')!.textContent = s.lessonsDone(section.done, section.total, f);
		}
		const { accuracy } = summary;
		this.#text('[data-answered]', s.questionsAnswered(accuracy.answered, accuracy.total, f));
		this.#text('[data-accuracy]', s.accuracy(accuracy.percent, accuracy.firstTryCorrect, accuracy.answered, f));
		for (const [phase, percent] of Object.entries(summary.phases)) {
			const node = this.querySelector<SVGAElement>(`a[data-phase="${phase}"]`);
			if (!node) continue;
			node.dataset.done = String(percent === 100);
			node.dataset.level = String(Math.ceil(percent / 25));
			node.querySelector('[data-percent-for]')!.textContent = f.percent(percent);
			node.setAttribute('aria-label', `${phase}: ${f.percent(percent)}`);
		}
		this.#text('[data-due-count]', reviewStrings.dashboardDue(dueForReview(progress, Date.now()).length));
		const next = this.querySelector('[data-next]')!;
		next.replaceChildren(summary.next ? link(summary.next.href, summary.next.title) : s.allDone);
		const updated = this.querySelector('[data-updated]')!;
		updated.replaceChildren(
			...(summary.updated.length
				? summary.updated.map((lesson) => item(link(lesson.href, lesson.title)))
				: [item(s.noneUpdated)]),
		);
	}

	#onClick = (event: Event) => {
		const target = event.target as Element;
		if (target.closest('[data-export]')) this.#export();
		else if (target.closest('[data-open-import]')) this.#dialog('import').showModal();
		else if (target.closest('[data-close-dialog]')) this.#dialog('import').close();
		else if (target.closest('[data-reset-all]')) {
			this.#confirm(s.confirmResetAll, () => {
				store.replace(emptyProgress());
				this.#status(s.resetDone(s.everything));
			});
		}
	};

	#onResetSection = (event: Event) => {
		event.preventDefault();
		const select = this.querySelector<HTMLSelectElement>('#dp-reset-section')!;
		const label = select.selectedOptions[0]!.textContent!;
		this.#confirm(s.confirmResetSection(label), () => {
			store.update((progress) => forget(progress, sectionIds(this.#outline, select.value)));
			this.#status(s.resetDone(`“${label}”`));
		});
	};

	#onImport = async (event: SubmitEvent) => {
		event.preventDefault();
		const form = event.target as HTMLFormElement;
		const error = form.querySelector('[data-import-error]')!;
		const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
		if (!file) {
			error.textContent = s.chooseFile;
			return;
		}
		const result = readImportFile(await file.text());
		if (!result.ok) {
			error.textContent = result.problem;
			return;
		}
		const imported = result.file.progress;
		const mode = (form.elements.namedItem('mode') as RadioNodeList).value;
		if (mode === 'replace') store.replace(imported);
		else store.update((progress) => mergeProgress(progress, imported));
		error.textContent = '';
		form.reset();
		this.#dialog('import').close();
		const otherSite = result.file.siteId !== import.meta.env.DEVOPS_PATH_SITE_ID ? s.otherSite(result.file.siteId) : '';
		this.#status(s.imported(Object.keys(imported.lessons).length, Object.keys(imported.questions).length) + otherSite);
	};

	#export() {
		const file = exportFile(store.progress, import.meta.env.DEVOPS_PATH_SITE_ID, Date.now());
		const anchor = Object.assign(document.createElement('a'), {
			href: URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' })),
			download: `devops-path-progress-${new Date().toISOString().slice(0, 10)}.json`,
		});
		anchor.click();
		URL.revokeObjectURL(anchor.href);
	}

	#confirm(question: string, then: () => void) {
		const dialog = this.#dialog('confirm');
		dialog.querySelector('[data-confirm-text]')!.textContent = question;
		dialog.returnValue = '';
		dialog.addEventListener('close', () => dialog.returnValue === 'confirm' && then(), { once: true });
		dialog.showModal();
	}

	#dialog(name: 'import' | 'confirm') {
		return this.querySelector<HTMLDialogElement>(`[data-${name}-dialog]`)!;
	}

	#text(selector: string, text: string) {
		this.querySelector(selector)!.textContent = text;
	}

	#status(text: string) {
		this.#text('[data-manage-status]', text);
	}
}

function link(href: string, text: string) {
	return Object.assign(document.createElement('a'), { href, textContent: text });
}

function item(content: Node | string) {
	const li = document.createElement('li');
	li.append(content);
	return li;
}

customElements.define('dp-progress-dashboard', ProgressDashboard);
