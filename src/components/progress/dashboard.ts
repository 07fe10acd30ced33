import { dashboardStrings } from '../../config/strings/dashboard';
import { reviewStrings } from '../../config/strings/review';
import { vocabularyStrings } from '../../config/strings/vocabulary';
import { formatsFor } from '../../lib/locale/format';
import { localizedHref } from '../../lib/locale/paths';
import { say } from '../../lib/locale/messages';
import { CONTINUE_KEY, fragmentValue } from '../../lib/passport/link-keys';
import { MAX_IMPORT_CHARACTERS, readImportFile } from '../../lib/progress/transfer';
import type { Change, SaveOutcome } from '../../lib/progress/store';
import { emptyProgress, mergeProgress } from '../../lib/progress/model';
import { forget } from '../../lib/progress/reset';
import { dueForReview } from '../../lib/progress/review-queue';
import { isChecked, sectionIds, summarise, type CourseOutline } from '../../lib/progress/summary';
import type { Phase } from '../../schemas/vocabulary';
import type { Progress, ProgressExport } from '../../schemas/progress';
import { contentLangFor } from '../locale/content-lang';
import { pageStrings } from '../locale/page-strings';
import { fetchCourseFile, showLoadProblem } from './course-file';
import { download, downloadProgress, downloadUnreadable } from './downloads';
import { store } from './page-store';

// ProgressDashboard.astro puts these strings in the page.
const t = pageStrings();
const s = dashboardStrings(t);
const { dashboardDue } = reviewStrings(t);
const { phases } = vocabularyStrings(t);

/** The My progress page: renders the summary and handles export, import and reset. */
class ProgressDashboard extends HTMLElement {
	/** The course as /course-outline.json gives it; undefined until fetched. */
	#outline: CourseOutline | undefined;

	connectedCallback() {
		// The marks let the performance benchmark (npm run bench) time the first render.
		performance.mark('dp-dashboard-start');
		void this.#showProgress();
		// Export, import and backups need no outline: they work even if it fails to load.
		this.#renderBackups();
		this.addEventListener('click', this.#onClick);
		this.querySelector<HTMLFormElement>('[data-reset-form]')!.addEventListener('submit', this.#onResetSection);
		this.querySelector<HTMLFormElement>('[data-import-form]')!.addEventListener('submit', this.#onImport);
		void this.#continueFromLink();
		// A link pasted while this page is open changes only the fragment, which loads no page.
		addEventListener('hashchange', () => void this.#continueFromLink());
	}

	/** Fetches the outline (once per visit), then draws the summary and redraws it on every change. */
	async #showProgress() {
		const source = this.dataset.outlineSrc!;
		const loaded = await fetchCourseFile<CourseOutline>(source);
		if (!loaded.ok)
			return showLoadProblem(this.querySelector<HTMLElement>('[data-outline-error]')!, s.outlineFailed(source, loaded.reason));
		const outline = loaded.data;
		const locale = this.dataset.locale || undefined;
		const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
		// The outline's addresses are the root language's; links keep the reader in the page's language.
		for (const section of outline.sections) for (const lesson of section.lessons) lesson.href = localizedHref(lesson.href, base, locale);
		this.#outline = outline;
		store.subscribe((progress) => this.#render(progress, outline));
		this.#render(store.progress, outline);
		performance.mark('dp-dashboard-rendered');
	}

	/** A "continue on another device" link (see the Share page): its progress merges like an imported file, once the learner agrees. */
	async #continueFromLink() {
		const payload = fragmentValue(location.hash, CONTINUE_KEY);
		if (payload === null) return;
		// Read once: reloading the page, or sharing its address, must not offer the merge again.
		history.replaceState(history.state, '', location.pathname + location.search);
		const { readContinueLink } = await import('../../lib/passport/continue-link');
		const result = readContinueLink(payload, formatsFor(document.documentElement.lang));
		if (!result.ok) {
			this.#status(s.continueFailed(say(t, result.problem)));
			return;
		}
		const { lessons, questions } = result.file.progress;
		this.#confirm(
			s.continueConfirm(Object.keys(lessons).length, Object.keys(questions).length),
			() => void this.#applyImport(result.file, 'merge', result.newerVersion),
			s.continueMerge,
		);
	}

	#render(progress: Progress, outline: CourseOutline) {
		const summary = summarise(progress, outline);
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
		if (summary.labs.total) this.#text('[data-labs]', s.labTasksDone(summary.labs.done, summary.labs.total, f));
		for (const checklist of summary.checklists) {
			this.#text(`[data-checklist="${checklist.id}"] [data-checklist-text]`, s.checksDone(checklist.done, checklist.total, f));
		}
		for (const item of this.querySelectorAll<HTMLElement>('[data-check]')) {
			const checked = isChecked(progress, item.dataset.check!);
			item.toggleAttribute('data-checked', checked);
			item.querySelector('[data-check-status]')!.textContent = checked ? s.checkDone : s.checkOpen;
		}
		for (const [phase, percent] of Object.entries(summary.phases)) {
			const node = this.querySelector<SVGAElement>(`a[data-phase="${phase}"]`);
			if (!node) continue;
			node.dataset.done = String(percent === 100);
			node.dataset.level = String(Math.ceil(percent / 25));
			node.querySelector('[data-percent-for]')!.textContent = f.percent(percent);
			node.setAttribute('aria-label', s.phaseDone(phases[phase as Phase], f.percent(percent)));
		}
		this.#text('[data-due-count]', dashboardDue(dueForReview(progress, Date.now()).length));
		const next = this.querySelector('[data-next]')!;
		next.replaceChildren(summary.next ? link(summary.next.href, summary.next.title) : s.allDone);
		const updated = this.querySelector('[data-updated]')!;
		updated.replaceChildren(
			...(summary.updated.length ? summary.updated.map((lesson) => item(link(lesson.href, lesson.title))) : [item(s.noneUpdated)]),
		);
	}

	#onClick = (event: Event) => {
		const target = event.target as Element;
		if (target.closest('[data-export]')) this.#export();
		else if (target.closest('[data-open-import]')) this.#dialog('import').showModal();
		else if (target.closest('[data-close-dialog]')) this.#dialog('import').close();
		else if (target.closest('[data-download-stored]')) {
			const text = store.storedText();
			if (text !== null) download(text, 'devops-path-stored-progress.json', 'application/json');
		} else if (target.closest('[data-backup]')) {
			const key = target.closest<HTMLElement>('[data-backup]')!.dataset.backup!;
			const text = store.backupText(key);
			if (text !== null) downloadUnreadable(text);
		} else if (target.closest('[data-reset-all]')) {
			this.#confirm(s.confirmResetAll, () => this.#reset(() => emptyProgress(), s.everything));
		}
	};

	#onResetSection = (event: Event) => {
		event.preventDefault();
		const select = this.querySelector<HTMLSelectElement>('#dp-reset-section')!;
		const label = select.selectedOptions[0]!.textContent!;
		const outline = this.#outline;
		// Without the outline the section's lessons are unknown; the page already says why.
		if (!outline) return;
		this.#confirm(s.confirmResetSection(label), () =>
			this.#reset((progress) => forget(progress, sectionIds(outline, select.value)), s.sectionNamed(label)),
		);
	};

	/** A reset is reported done only once it is saved; otherwise it is taken back and the reason given. */
	async #reset(change: Change, what: string) {
		store.update(change);
		const outcome = await store.whenSaved();
		if (outcome.saved) this.#status(s.resetDone(what));
		else {
			store.withdraw(change);
			this.#failed(s.resetFailed(s.notSaved[outcome.reason]), outcome);
		}
	}

	#failed(message: string, outcome: Extract<SaveOutcome, { saved: false }>) {
		this.#status(message);
		this.querySelector<HTMLElement>('[data-stored-download]')!.hidden = outcome.reason !== 'newer';
	}

	#onImport = async (event: SubmitEvent) => {
		event.preventDefault();
		const form = event.target as HTMLFormElement;
		const error = form.querySelector('[data-import-error]')!;
		const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
		if (!file) {
			error.textContent = s.chooseFile;
			return;
		}
		const f = formatsFor(document.documentElement.lang);
		// Refused before reading: a file this size could never be saved, and reading it costs memory.
		if (file.size > MAX_IMPORT_CHARACTERS) {
			error.textContent = s.tooLarge(f.oneDecimal(file.size / 1024 / 1024), MAX_IMPORT_CHARACTERS / 1024 / 1024);
			return;
		}
		const result = readImportFile(await file.text(), f);
		if (!result.ok) {
			error.textContent = say(t, result.problem);
			return;
		}
		const mode = (form.elements.namedItem('mode') as RadioNodeList).value as 'merge' | 'replace';
		error.textContent = '';
		form.reset();
		this.#dialog('import').close();
		await this.#applyImport(result.file, mode, result.newerVersion);
	};

	/** Saves imported progress; success is said only for what storage gives back. */
	async #applyImport(file: ProgressExport, mode: 'merge' | 'replace', newerVersion?: number) {
		const imported = file.progress;
		const change: Change = mode === 'replace' ? () => imported : (progress) => mergeProgress(progress, imported);
		store.update(change);
		const outcome = await store.whenSaved();
		if (!outcome.saved) {
			store.withdraw(change);
			this.#failed(s.importFailed(s.notSaved[outcome.reason]), outcome);
			return;
		}
		const saved = store.readBack();
		const lessons = Object.keys(imported.lessons);
		const questions = Object.keys(imported.questions);
		if (
			!saved ||
			!lessons.every((key) => Object.hasOwn(saved.lessons, key)) ||
			!questions.every((id) => Object.hasOwn(saved.questions, id))
		) {
			this.#status(s.importNotReadBack);
			return;
		}
		const otherSite = file.siteId !== import.meta.env.DEVOPS_PATH_SITE_ID ? s.otherSite(file.siteId) : '';
		const newer = newerVersion === undefined ? '' : s.newerFile(newerVersion);
		this.#status(s.imported(lessons.length, questions.length) + otherSite + newer);
	}

	/** Every copy of unreadable progress this browser still holds, each with its download. */
	#renderBackups() {
		const backups = store.backups();
		this.querySelector<HTMLElement>('[data-backups]')!.hidden = backups.length === 0;
		const format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
		this.querySelector('[data-backup-list]')!.replaceChildren(
			...backups.map((backup) => {
				const size = s.backupSize(Math.max(1, Math.round((store.backupText(backup.key)?.length ?? 0) / 1024)));
				const label = backup.savedAt ? s.backupFrom(format.format(backup.savedAt), size) : s.backupOlder(size);
				const button = Object.assign(document.createElement('button'), {
					type: 'button',
					className: 'dp-control',
					textContent: s.download,
				});
				button.dataset.backup = backup.key;
				button.setAttribute('aria-label', s.downloadBackup(label));
				return item(`${label} `, button);
			}),
		);
	}

	#export() {
		downloadProgress(store.progress, this.querySelector<HTMLInputElement>('#dp-export-name')!.value);
	}

	#confirm(question: string, then: () => void, action: string = s.confirmReset) {
		const dialog = this.#dialog('confirm');
		dialog.querySelector('[data-confirm-text]')!.textContent = question;
		dialog.querySelector('[data-confirm-button]')!.textContent = action;
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

/** A link to a lesson, titled in the course's language (marked as such on a page in another language). */
function link(href: string, text: string) {
	const a = Object.assign(document.createElement('a'), { href, textContent: text });
	const lang = contentLangFor(document);
	if (lang) a.lang = lang;
	return a;
}

function item(...content: (Node | string)[]) {
	const li = document.createElement('li');
	li.append(...content);
	return li;
}

customElements.define('dp-progress-dashboard', ProgressDashboard);
