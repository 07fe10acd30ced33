/** Which budget a page falls under. */
export type PageKind = 'lesson' | 'quiz' | 'lab' | 'dashboard' | 'passport';

/**
 * Every page that shows course progress (all but the contributor guide's) reads it from storage:
 * the store, the codec that writes progress compactly (format 5: a quarter of the bytes, and a save
 * that rewrites only what changed) and the validator's checks compiled once per schema (a long
 * history is checked in about a third of the time). Measured 2026-12-03, the codec and the
 * compiled checks added 1.9 KB of JS to each such page; every JS allowance below includes them.
 */
const PROGRESS_READER = 2 * 1024;

/** Bytes (gzip) a page of each kind may add to a bare Starlight page. */
export const ALLOWANCES: Readonly<Record<PageKind, { js: number; css: number }>> = {
	lesson: { js: 4 * 1024 + PROGRESS_READER, css: 4 * 1024 },
	quiz: { js: 10 * 1024 + PROGRESS_READER, css: 4 * 1024 },
	/*
	 * A lab lesson is a quiz page plus <dp-lab>: the element that shows earlier progress and
	 * Start (the workspace, shell and checker load on Start). Measured 2026-12-03: 9.2 KB of JS
	 * (the lab element 0.8 KB of it) and 3.7 KB of CSS over bare Starlight on the heaviest lab page
	 * (practice/iac-review/); the lab adds no CSS on load.
	 */
	lab: { js: 10.5 * 1024 + PROGRESS_READER, css: 4 * 1024 },
	dashboard: { js: 14 * 1024 + PROGRESS_READER, css: 4 * 1024 },
	/*
	 * Progress leaving the site: the store, reading and checking progress, and packing or unpacking
	 * a share link (fflate) on share/ and shared/, the heaviest; the QR code is drawn on request.
	 * Measured 2026-12-03: 12.8 KB of JS over bare Starlight (shared/), 12.7 KB (share/), 7.2 KB
	 * (team/); their CSS is 0.8 KB under bare Starlight's, as they carry no quiz or lab styles, so
	 * 1 KB is room for a table or print rule, not for another feature's stylesheet.
	 */
	passport: { js: 13.5 * 1024 + PROGRESS_READER, css: 1024 },
};

/**
 * Folders (relative to the base path) of the progress tracker's own pages: the dashboard and the
 * pages it leads to (review, scorecard, exam, map), which run the same progress code.
 */
export const DASHBOARD_FOLDERS: readonly string[] = ['progress/'];

/**
 * Folders of the passport pages, where progress leaves the site: course record, share link and what
 * it shows, team view, onboarding checklist. They are inside DASHBOARD_FOLDERS and win over it.
 */
export const PASSPORT_FOLDERS: readonly string[] = [
	'progress/record/',
	'progress/share/',
	'progress/shared/',
	'progress/team/',
	'progress/checklist/',
];

/** `locales`: folders of the site's other languages, whose pages are of the same kinds as the English ones. */
export function kindOf(file: string, html: string, locales: readonly string[] = []): PageKind {
	const locale = locales.find((candidate) => file.startsWith(`${candidate}/`));
	const path = locale ? file.slice(locale.length + 1) : file;
	if (PASSPORT_FOLDERS.some((folder) => path.startsWith(folder))) return 'passport';
	if (DASHBOARD_FOLDERS.some((folder) => path.startsWith(folder))) return 'dashboard';
	if (html.includes('<dp-lab')) return 'lab';
	return html.includes('<dp-quiz') ? 'quiz' : 'lesson';
}

/** gzip bytes of what a page loads (see `pageWeight` in weigh.ts). */
export interface PageWeight {
	js: number;
	css: number;
}

export interface BudgetRow extends PageWeight {
	page: string;
	kind: PageKind;
	jsLimit: number;
	cssLimit: number;
	over: boolean;
}

/** Each page against the bare Starlight page plus its kind's allowance. */
export function compareWithBaseline(pages: readonly (PageWeight & { page: string; kind: PageKind })[], bare: PageWeight): BudgetRow[] {
	return pages.map((page) => {
		const jsLimit = bare.js + ALLOWANCES[page.kind].js;
		const cssLimit = bare.css + ALLOWANCES[page.kind].css;
		return { ...page, jsLimit, cssLimit, over: page.js > jsLimit || page.css > cssLimit };
	});
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatBudgetTable(rows: readonly BudgetRow[], bare: PageWeight): string {
	const header = ['page', 'kind', 'JS gz', 'JS limit', 'CSS gz', 'CSS limit', ''];
	const body = rows.map((row) => [
		row.page,
		row.kind,
		kb(row.js),
		kb(row.jsLimit),
		kb(row.css),
		kb(row.cssLimit),
		row.over ? 'OVER' : 'ok',
	]);
	const table = [header, ['bare Starlight', 'baseline', kb(bare.js), '', kb(bare.css), '', ''], ...body];
	const widths = header.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
	return table
		.map((cells) =>
			cells
				.map((cell, column) => (column >= 2 && column <= 5 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}
