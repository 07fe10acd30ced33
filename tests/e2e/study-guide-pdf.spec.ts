import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readSiteSettings } from '../../src/config/site';
import { sections } from '../../src/config/sections';
import { lessonsInOrder } from '../support/lessons';
import { expect, test } from './fixtures';

/**
 * The PDF the build wrote, read with poppler's tools. CI has Chromium, so the build always makes
 * it there; a missing PDF fails rather than skips.
 */
const settings = readSiteSettings();
const PDF = `dist/study-guide/${settings.id}-study-guide.pdf`;
const lessons = lessonsInOrder();
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

interface Bookmark {
	title: string;
	page: number;
	children: Bookmark[];
}

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads a test's fixtures from this pattern; this test needs none
test('the whole guide is a PDF with bookmarks, page numbers, every lesson and the answer key', async ({}, testInfo) => {
	test.setTimeout(120_000);
	expect(existsSync(PDF), `${PDF} exists (the build makes it when it finds Chromium)`).toBe(true);

	const info = run('pdfinfo', PDF);
	const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
	expect(info).toMatch(new RegExp(`^Page size:.*\\(${settings.pdfFormat === 'A4' ? 'A4' : 'letter'}\\)`, 'm'));
	expect(info).toMatch(/^Tagged:\s+yes/m);
	const sectionsWithLessons = new Set(lessons.map((lesson) => lesson.section));
	expect(pages, 'a cover, the contents, a page or more per lesson').toBeGreaterThan(2 + lessons.length);
	expect(pages, 'no runaway layout').toBeLessThan(20 * lessons.length);

	// Bookmarks: the guide, then its sections, each holding its lessons in order, then the answer key.
	const [guide] = bookmarks(run('pdftohtml', '-xml', '-i', '-stdout', '-q', '-f', '1', '-l', '1', PDF));
	expect(guide!.title).toBe(`${settings.title} study guide`);
	const top = guide!.children.map((b) => b.title);
	const sectionLabels = sections.filter((s) => sectionsWithLessons.has(s.id)).map((s) => s.label);
	expect(top).toEqual(['Contents', ...sectionLabels, 'Answer key']);
	for (const section of guide!.children.filter((b) => sectionLabels.includes(b.title))) {
		const id = sections.find((s) => s.label === section.title)!.id;
		expect(section.children.map((b) => b.title)).toEqual(lessons.filter((l) => l.section === id).map((l) => l.title));
	}
	const answerKey = guide!.children.at(-1)!;
	expect(answerKey.children.map((b) => b.title)).toEqual(lessons.filter((l) => l.quiz).map((l) => l.title));

	// The contents give each section and lesson with the page its bookmark opens, and no placeholder.
	const contentsPage = guide!.children[0]!.page;
	const firstSection = guide!.children[1]!.page;
	// -layout keeps each entry's title and page number on one line; the default reading order may
	// gather a column of titles before their numbers.
	const contents = squash(run('pdftotext', '-layout', '-f', String(contentsPage), '-l', String(firstSection - 1), PDF, '-'));
	for (const entry of [...guide!.children.slice(1, -1).flatMap((section) => [section, ...section.children]), answerKey]) {
		expect(contents, `"${entry.title}" on page ${entry.page} in the contents`).toContain(squash(`${entry.title}${entry.page}`));
	}
	expect(contents).not.toContain('0000');

	// Text: every lesson title as a heading (after the contents) and the answer key with its explanations.
	const text = squash(run('pdftotext', PDF, '-'));
	const contentsEnd = text.indexOf(squash(lessons.at(-1)!.title)) + 1;
	for (const lesson of lessons) expect(text.indexOf(squash(lesson.title), contentsEnd), lesson.title).toBeGreaterThan(-1);
	expect(text).toContain(squash('Answer key'));

	// Page numbers in the footer: "n / total" on the first and the last page.
	expect(squash(run('pdftotext', '-f', '1', '-l', '1', PDF, '-'))).toContain(`1/${pages}`);
	expect(squash(run('pdftotext', '-f', String(pages), '-l', String(pages), PDF, '-'))).toContain(`${pages}/${pages}`);

	// Links lead to the live site, never to the server the build printed from.
	const urls = run('pdfinfo', '-url', PDF);
	expect(urls).not.toContain('127.0.0.1');
	expect(urls).toContain(settings.url);

	// Pictures to look at: the cover, and the first page of the answer key.
	for (const [name, page] of [
		['pdf-page-1', 1],
		['pdf-answer-key', answerKey.page],
	] as const) {
		const prefix = testInfo.outputPath(name);
		run('pdftoppm', '-png', '-r', '80', '-singlefile', '-f', String(page), '-l', String(page), PDF, prefix);
		await testInfo.attach(name, { path: `${prefix}.png`, contentType: 'image/png' });
	}
	expect(squash(run('pdftotext', '-f', String(answerKey.page), '-l', String(answerKey.page), PDF, '-'))).toMatch(/^Answerkey/);
});

/** Text with all whitespace removed: PDF text extraction breaks lines where the layout did. */
function squash(text: string): string {
	return text.replace(/\s+/g, '');
}

/** The outline `pdftohtml -xml` prints: nested <outline> lists of <item page="n">title</item>. */
function bookmarks(xml: string): Bookmark[] {
	const tokens = xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g);
	const root: Bookmark[] = [];
	const stack: Bookmark[][] = [];
	let current = root;
	let last: Bookmark | undefined;
	for (const token of tokens) {
		if (token[0] === '<outline>') {
			if (stack.length) current = last!.children;
			stack.push(current);
		} else if (token[0] === '</outline>') {
			stack.pop();
			current = stack.at(-1) ?? root;
		} else {
			last = { title: decode(token[2]!), page: Number(token[1]), children: [] };
			current.push(last);
		}
	}
	return root;
}

function decode(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
