import { teamStrings } from '../../config/strings/team';
import { formatsFor } from '../../lib/locale/format';
import { say } from '../../lib/locale/messages';
import type { ShareOutline } from '../../lib/passport/share-link';
import {
	sortMembers,
	teamColumns,
	teamCsvRows,
	type SortDirection,
	type TeamColumn,
	type TeamInput,
	type TeamMember,
} from '../../lib/passport/team';
import { masteryLevels } from '../../schemas/mastery-levels';
import { pageStrings } from '../locale/page-strings';
import { download } from '../progress/downloads';

const t = pageStrings();
const s = teamStrings(t);

/** The lead's team, when they chose to keep it: one key per site and base path, like progress. */
const KEEP_KEY = `devops-path:${import.meta.env.DEVOPS_PATH_SITE_ID}:${import.meta.env.BASE_URL}:team`;

interface Labels {
	sections: { id: string; label: string }[];
	skills: { id: string; label: string }[];
	levels: Record<string, string>;
}

/** Readers of files and links (fflate, the progress schema) load when the lead first adds someone. */
const readers = () => import('../../lib/passport/team-inputs');

/** The team page: progress files and share links in, a sortable table, CSV and print out. */
class TeamView extends HTMLElement {
	#outline!: Omit<ShareOutline, 'siteId'>;
	#columns!: TeamColumn[];
	#members: TeamMember[] = [];
	#sort: { column: string; direction: SortDirection } | undefined;

	connectedCallback() {
		this.#outline = JSON.parse(this.querySelector('script[data-outline]')!.textContent!);
		const labels: Labels = JSON.parse(this.querySelector('script[data-labels]')!.textContent!);
		const f = formatsFor(document.documentElement.lang);
		this.#columns = teamColumns({
			person: s.person,
			lessons: s.lessons,
			labTasks: s.labTasks,
			reviewsDue: s.reviewsDue,
			lastActivity: s.lastActivity,
			never: s.never,
			sections: labels.sections,
			skills: labels.skills,
			levels: labels.levels,
			levelOrder: masteryLevels,
			count: (done, total) => `${f.number(done)} / ${f.number(total)}`,
			date: (time) => f.date(time),
		});
		const files = this.querySelector<HTMLInputElement>('#dp-team-files')!;
		files.addEventListener('change', () => void this.#addFiles([...(files.files ?? [])]).then(() => (files.value = '')));
		const drop = this.querySelector<HTMLElement>('[data-drop]')!;
		drop.addEventListener('dragover', (event) => {
			event.preventDefault();
			drop.toggleAttribute('data-over', true);
		});
		drop.addEventListener('dragleave', () => drop.removeAttribute('data-over'));
		drop.addEventListener('drop', (event) => {
			event.preventDefault();
			drop.removeAttribute('data-over');
			void this.#addFiles([...(event.dataTransfer?.files ?? [])]);
		});
		this.querySelector('[data-add-links]')!.addEventListener('click', () => void this.#addLinks());
		this.querySelector('thead')!.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sort]');
			if (button) this.#sortBy(button.dataset.sort!);
		});
		this.querySelector('[data-csv]')!.addEventListener('click', () => void this.#csv());
		this.querySelector('[data-clear]')!.addEventListener('click', () => {
			this.#members = [];
			this.#keep();
			this.#render();
		});
		const keep = this.querySelector<HTMLInputElement>('[data-keep]')!;
		keep.addEventListener('change', () => this.#keep());
		this.#render();
		const stored = this.#stored();
		if (stored !== null) {
			keep.checked = true;
			void readers().then(({ readKeptTeam }) => {
				const kept = readKeptTeam(stored);
				this.#members = [...kept.members, ...this.#members];
				if (kept.dropped) this.#status(s.keptDropped(kept.dropped));
				this.#render();
			});
		}
	}

	async #addFiles(files: File[]) {
		const { fileTooLarge, memberFromFile, MAX_IMPORT_CHARACTERS } = await readers();
		const f = formatsFor(document.documentElement.lang);
		const inputs: TeamInput[] = [];
		for (const file of files) {
			// Refused before reading: a file this size is no progress file, and reading it costs memory.
			inputs.push(
				file.size > MAX_IMPORT_CHARACTERS
					? fileTooLarge(file.name, file.size, f)
					: memberFromFile(file.name, await file.text(), this.#outline, f),
			);
		}
		this.#add(inputs);
	}

	async #addLinks() {
		const { memberFromLink } = await readers();
		const box = this.querySelector<HTMLTextAreaElement>('#dp-team-links')!;
		const links = box.value.split('\n').filter((line) => line.trim());
		const f = formatsFor(document.documentElement.lang);
		this.#add(links.map((link, i) => memberFromLink(link, t('problems.team.link', { number: i + 1 }), f)));
		if (links.length) box.value = '';
	}

	#add(inputs: TeamInput[]) {
		const added = inputs.flatMap((input) => (input.ok ? [input.member] : []));
		const problems = inputs.flatMap((input) =>
			input.ok ? [] : [t('problems.team.fromSource', { source: input.source, problem: say(t, input.problem) })],
		);
		this.#members = [...this.#members, ...added];
		this.querySelector<HTMLElement>('[data-problems]')!.hidden = problems.length === 0;
		this.querySelector('[data-problem-list]')!.replaceChildren(
			...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problem })),
		);
		const newer = inputs.flatMap((input) => (input.ok && input.newerVersion !== undefined ? [input.member.source] : []));
		this.#status((added.length ? s.added(added.length) : '') + (newer.length ? s.newer(newer) : ''));
		this.#keep();
		this.#render();
	}

	#sortBy(id: string) {
		const direction: SortDirection = this.#sort?.column === id && this.#sort.direction === 'ascending' ? 'descending' : 'ascending';
		this.#sort = { column: id, direction };
		this.#render();
		const column = this.#columns.find((c) => c.id === id)!;
		this.#status(s.sortedBy(column.label, direction));
	}

	#rowsInOrder() {
		const column = this.#sort && this.#columns.find((c) => c.id === this.#sort!.column);
		return column ? sortMembers(this.#members, column, this.#sort!.direction, document.documentElement.lang) : this.#members;
	}

	#render() {
		const any = this.#members.length > 0;
		this.querySelector<HTMLElement>('[data-table]')!.hidden = !any;
		this.querySelector<HTMLElement>('[data-actions]')!.hidden = !any;
		this.querySelector<HTMLElement>('[data-empty]')!.hidden = any;
		this.querySelector('[data-caption]')!.textContent = s.caption(this.#members.length);
		const sort = this.#sort;
		for (const th of this.querySelectorAll<HTMLElement>('th[data-column]')) {
			if (sort && sort.column === th.dataset.column) th.setAttribute('aria-sort', sort.direction);
			else th.removeAttribute('aria-sort');
		}
		this.querySelector('[data-rows]')!.replaceChildren(
			...this.#rowsInOrder().map((member) => {
				const row = document.createElement('tr');
				this.#columns.forEach((column, i) => {
					const cell = document.createElement(i === 0 ? 'th' : 'td');
					if (i === 0) cell.setAttribute('scope', 'row');
					cell.textContent = column.text(member);
					row.append(cell);
				});
				return row;
			}),
		);
	}

	async #csv() {
		// papaparse writes the quoting; it loads only when a CSV is asked for.
		const { default: Papa } = await import('papaparse');
		const csv = Papa.unparse(teamCsvRows(this.#rowsInOrder(), this.#columns));
		download(csv, `devops-path-team-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv');
	}

	#stored(): string | null {
		try {
			return localStorage.getItem(KEEP_KEY);
		} catch {
			return null;
		}
	}

	/** Saves the team only when the lead asked to keep it; otherwise makes sure nothing is left behind. */
	#keep() {
		const keep = this.querySelector<HTMLInputElement>('[data-keep]')!.checked;
		try {
			if (keep) localStorage.setItem(KEEP_KEY, JSON.stringify(this.#members));
			else localStorage.removeItem(KEEP_KEY);
		} catch {
			this.#status(s.keepFailed);
		}
	}

	#status(text: string) {
		this.querySelector('[data-status]')!.textContent = text;
	}
}

customElements.define('dp-team-view', TeamView);
