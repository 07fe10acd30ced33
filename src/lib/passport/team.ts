import type { SharedProgress } from '../../schemas/passport';
import type { Message } from '../locale/messages';

/**
 * A lead's team table: one row per learner, from exported progress files or share links, all read
 * in the browser (team-inputs.ts reads them). Files are summarised the same way a share link is,
 * so every row holds the same figures whichever way it came.
 */

export interface TeamMember {
	/** Who the row is: the name the learner gave when sharing or exporting, else the file's name or the link's number. */
	person: string;
	/** Where the row came from, to name it in messages. */
	source: string;
	shared: SharedProgress;
}

/**
 * A file or link read for the table; `newerVersion` says a newer version of the site wrote it and
 * only what this version knows was read. A `problem` is shown after its `source`.
 */
export type TeamInput = { ok: true; member: TeamMember; newerVersion?: number } | { ok: false; source: string; problem: Message };

export interface TeamColumn {
	id: string;
	label: string;
	/** The sortable value: numbers sort as numbers, text by the page's language. */
	value: (member: TeamMember) => number | string;
	/** What the cell shows. */
	text: (member: TeamMember) => string;
}

export interface TeamLabels {
	person: string;
	lessons: string;
	labTasks: string;
	reviewsDue: string;
	lastActivity: string;
	sections: { id: string; label: string }[];
	skills: { id: string; label: string }[];
	levels: Record<string, string>;
	levelOrder: readonly string[];
	count: (done: number, total: number) => string;
	date: (time: number) => string;
	never: string;
}

const share = (done: number, total: number) => (total ? done / total : 0);

/** The table's columns: person, lessons, each section, lab tasks, each skill, reviews due, last activity. */
export function teamColumns(labels: TeamLabels): TeamColumn[] {
	return [
		{
			id: 'person',
			label: labels.person,
			value: (m) => m.person,
			text: (m) => m.person,
		},
		{
			id: 'lessons',
			label: labels.lessons,
			value: (m) => share(m.shared.lessons.done, m.shared.lessons.total),
			text: (m) => labels.count(m.shared.lessons.done, m.shared.lessons.total),
		},
		...labels.sections.map(({ id, label }) => ({
			id: `section:${id}`,
			label,
			value: (m: TeamMember) => share(m.shared.sections[id]?.done ?? 0, m.shared.sections[id]?.total ?? 0),
			text: (m: TeamMember) => (m.shared.sections[id] ? labels.count(m.shared.sections[id].done, m.shared.sections[id].total) : '–'),
		})),
		{
			id: 'labs',
			label: labels.labTasks,
			value: (m) => share(m.shared.labTasks.done, m.shared.labTasks.total),
			text: (m) => labels.count(m.shared.labTasks.done, m.shared.labTasks.total),
		},
		...labels.skills.map(({ id, label }) => ({
			id: `skill:${id}`,
			label,
			value: (m: TeamMember) => labels.levelOrder.indexOf(m.shared.skills[id] ?? ''),
			text: (m: TeamMember) => (m.shared.skills[id] ? (labels.levels[m.shared.skills[id]] ?? m.shared.skills[id]) : '–'),
		})),
		{
			id: 'due',
			label: labels.reviewsDue,
			value: (m) => m.shared.reviewsDue,
			text: (m) => String(m.shared.reviewsDue),
		},
		{
			id: 'last',
			label: labels.lastActivity,
			value: (m) => m.shared.lastActivity ?? 0,
			text: (m) => (m.shared.lastActivity === undefined ? labels.never : labels.date(m.shared.lastActivity)),
		},
	];
}

export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by one column; ties keep the order the rows were added in. */
export function sortMembers(members: readonly TeamMember[], column: TeamColumn, direction: SortDirection, lang: string): TeamMember[] {
	const collator = new Intl.Collator(lang || undefined, {
		numeric: true,
		sensitivity: 'base',
	});
	const sign = direction === 'ascending' ? 1 : -1;
	return members
		.map((member, index) => ({ member, index, value: column.value(member) }))
		.sort((a, b) => {
			const order =
				typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
			return order * sign || a.index - b.index;
		})
		.map(({ member }) => member);
}

/**
 * The table as rows of cells for a CSV file. A cell a spreadsheet would run as a formula (it starts
 * with =, +, - or @) gets a leading apostrophe, since names come from whoever made the link.
 */
export function teamCsvRows(members: readonly TeamMember[], columns: readonly TeamColumn[]): string[][] {
	const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
	return [columns.map((column) => cell(column.label)), ...members.map((member) => columns.map((column) => cell(column.text(member))))];
}
