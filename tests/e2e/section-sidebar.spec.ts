import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../../scripts/bench/build';
import { benchSectionIds, lessonSections, planLessons, siteLessonFile } from '../../scripts/bench/content';
import { STORAGE_KEY } from '../../scripts/bench/progress-data';
import { serveDirectory, type StaticServer } from '../../src/lib/hosting/static-server';
import { prepareSite, writeContent } from '../../scripts/bench/sites';
import { SECTION_LESSONS_ID, SECTION_WINDOW_FROM, WINDOW_RADIUS } from '../../src/lib/course/sidebar';
import { root } from '../support/content-files';
import { axeInBothThemes, axeViolations, completeLesson, expect, setTheme, tabTo, test } from './fixtures';
import { phoneProblems } from './page-width';
import { readStored } from '../support/stored-progress';

/**
 * The per-section sidebar (DEVOPS_PATH_SIDEBAR=section, the default from 100 lessons on). The
 * site under test is small, so this builds its own: the benchmark's generated course with the
 * mode forced on, served statically.
 */
const LESSONS = 12;
const work = join(root, 'bench-results', 'tmp', `e2e-${process.pid}`);
const lessons = planLessons(LESSONS);
const pathOf = (id: string) => `/${id}/`;
const inSection = (section: string) => lessons.filter((lesson) => lesson.section === section);
const [fundamentalsOverview, firstFundamental] = inSection('fundamentals');
const lastOfFundamentals = inSection('fundamentals').at(-1)!;
/**
 * One section past the sidebar's window threshold: the last section, which the small course leaves
 * with its overview only, gets the lessons a larger generated course deals it (without quizzes, so
 * the small course's question banks stay as they are).
 */
const large = lessonSections.at(-1)!;
const largeLessons = [
	...inSection(large.id),
	...planLessons(lessonSections.length * (SECTION_WINDOW_FROM + 5)).filter((lesson) => lesson.section === large.id && lesson.order > 0),
];
const largeMiddle = largeLessons[Math.floor(largeLessons.length / 2)]!;
let server: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(5 * 60_000);
	const site = prepareSite(root, work, 'site');
	writeContent(site, root, LESSONS);
	for (const lesson of largeLessons.slice(1)) {
		writeFileSync(join(site.dir, 'content/docs', `${lesson.id}.mdx`), siteLessonFile({ ...lesson, hasQuiz: false }));
	}
	await runBuild(site.dir, site.env);
	server = await serveDirectory(join(site.dir, 'dist'));
});

test.afterAll(async () => {
	await server?.close();
	rmSync(work, { recursive: true, force: true });
});

const url = (path: string) => `${server.origin}${path}`;
const sectionLink = (page: import('@playwright/test').Page, section: string) =>
	page.locator(`.sidebar-content a[data-section="${section}"]`);

test('a lesson lists its own section; every other section is one link with its count', async ({ page }) => {
	await page.goto(url(pathOf(firstFundamental!.id)));
	const sidebar = page.locator('.sidebar-content');
	await expect(sidebar.locator('details')).toHaveCount(1);
	await expect(sidebar.locator('details summary')).toContainText('Fundamentals');
	await expect(sidebar.locator('details a[data-lesson]')).toHaveCount(inSection('fundamentals').length);
	await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute('href', pathOf(firstFundamental!.id));
	const role = sectionLink(page, 'role');
	await expect(role).toHaveAttribute('href', '/role/');
	await expect(role).toHaveText(new RegExp(`^The role\\s*0/${inSection('role').length}$`));
	// Every other section with lessons is one link.
	await expect(sidebar.locator('a[data-section]')).toHaveCount(new Set(lessons.map((lesson) => lesson.section)).size - 1);
});

test('a section link is reached by keyboard and opens that section', async ({ page }) => {
	await page.goto(url(pathOf(firstFundamental!.id)));
	const security = sectionLink(page, 'security');
	await tabTo(page, security);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(url('/security/'));
	await expect(page.locator('.sidebar-content details summary')).toContainText('Security');
	await expect(sectionLink(page, 'fundamentals')).toBeVisible();
});

test('counts of sections shown as links come from the section index, fetched only when needed', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/course-sections.json')) fetched.push(request.url());
	});
	await page.goto(url(pathOf(firstFundamental!.id)));
	await expect(page.locator('html')).toHaveAttribute('data-progress-ready', '');
	expect(fetched, 'nothing finished, nothing to count').toEqual([]);
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await page.goto(url(pathOf(fundamentalsOverview!.id)));
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	const total = inSection('fundamentals').length;
	await expect(page.locator('.sidebar-content details .dp-section-count')).toHaveText(`2/${total}`);
	await page.goto(url('/progress/'));
	await expect(sectionLink(page, 'fundamentals')).toContainText(`2/${total}`);
	await expect(sectionLink(page, 'role')).toContainText(`0/${inSection('role').length}`);
	expect(fetched.length).toBeGreaterThan(0);
	const stored = Object.keys(readStored(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).lessons);
	expect(stored).toEqual(expect.arrayContaining([firstFundamental!.key, fundamentalsOverview!.key]));
});

test('the section index lists the lessons of the sections the site shows, and only those', async ({ request }) => {
	const index: Record<string, string[]> = await (await request.get(url('/course-sections.json'))).json();
	// The benchmark's site switches off the study guide and Contribute: neither is listed.
	expect(Object.keys(index)).toEqual(benchSectionIds);
	expect(Object.keys(index)).not.toContain('contribute');
	expect(index.fundamentals).toEqual(inSection('fundamentals').map((lesson) => lesson.key));
	expect(index.progress).toEqual([]);
});

test('next still follows the whole course across sections', async ({ page }) => {
	await page.goto(url(pathOf(lastOfFundamentals.id)));
	// The first page of the section that follows Fundamentals in the course, its overview.
	const following = benchSectionIds[benchSectionIds.indexOf('fundamentals') + 1];
	await expect(page.locator('.pagination-links a[rel="next"]')).toHaveAttribute('href', `/${following}/`);
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds nothing on a lesson with the per-section sidebar (${theme})`, async ({ page }) => {
		await page.goto(url(pathOf(firstFundamental!.id)));
		await setTheme(page, theme);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test.describe('a section larger than the window threshold', () => {
	const total = largeLessons.length;
	const group = (page: import('@playwright/test').Page) => page.locator('.sidebar-content details');
	const allLessons = (page: import('@playwright/test').Page) => group(page).locator(`a[data-section="${large.id}"]`);

	test('lists its overview, the lessons around the current one and a link to all of them', async ({ page }) => {
		expect(total).toBeGreaterThan(SECTION_WINDOW_FROM);
		await page.goto(url(pathOf(largeMiddle.id)));
		await expect(group(page)).toHaveCount(1);
		await expect(group(page).locator('summary')).toContainText(large.label);
		await expect(group(page).locator('summary .dp-section-count')).toHaveText(`0/${total}`);
		const middle = largeLessons.indexOf(largeMiddle);
		const shown = [largeLessons[0]!, ...largeLessons.slice(middle - WINDOW_RADIUS, middle + WINDOW_RADIUS + 1)];
		const links = group(page).locator('a[data-lesson]');
		await expect(links).toHaveCount(shown.length);
		expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(shown.map((lesson) => pathOf(lesson.id)));
		await expect(group(page).locator('a[aria-current="page"]')).toHaveAttribute('href', pathOf(largeMiddle.id));
		await expect(allLessons(page)).toHaveText(`All ${total} lessons in ${large.label}`);
		await expect(allLessons(page)).toHaveAttribute('href', `/${large.id}/#${SECTION_LESSONS_ID}`);
		await expect(allLessons(page)).toHaveAttribute('data-lessons', String(total));
	});

	test('its "All lessons" link is reached by keyboard and leads to the full list on the overview', async ({ page }) => {
		await page.goto(url(pathOf(largeMiddle.id)));
		await tabTo(page, allLessons(page));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(url(`/${large.id}/#${SECTION_LESSONS_ID}`));
		const list = page.getByRole('navigation', { name: `All ${total} lessons in ${large.label}` });
		await expect(list.getByRole('heading', { level: 2 })).toBeInViewport();
		const hrefs = await list.locator('li a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(largeLessons.map((lesson) => pathOf(lesson.id)));
		await expect(list.locator('a[aria-current="page"]')).toHaveAttribute('href', `/${large.id}/`);
		// The overview's own sidebar is the window at the start of the section.
		await expect(group(page).locator('a[data-lesson]')).toHaveCount(2 * WINDOW_RADIUS + 1);
	});

	test('counts every finished lesson of the section, in the window or not', async ({ page }) => {
		const last = largeLessons.at(-1)!;
		await completeLesson(page, url(pathOf(last.id)));
		await completeLesson(page, url(pathOf(largeMiddle.id)));
		await page.goto(url(pathOf(largeMiddle.id)));
		await expect(group(page).locator(`a[href="${pathOf(last.id)}"]`)).toHaveCount(0);
		await expect(group(page).locator('summary .dp-section-count')).toHaveText(`2/${total}`);
		await expect(group(page).locator(`a[href="${pathOf(largeMiddle.id)}"]`)).toHaveAttribute('data-progress', 'done');
		// A change recounts at once from the section index the page already has, not from the links shown.
		await page.getByRole('button', { name: 'Mark as complete' }).click();
		await expect(group(page).locator('summary .dp-section-count')).toHaveText(`1/${total}`);
		await expect(group(page).locator(`a[href="${pathOf(largeMiddle.id)}"]`)).not.toHaveAttribute('data-progress', 'done');
		await page.getByRole('button', { name: 'Mark as complete' }).click();
		await page.goto(url(`/${large.id}/`));
		await expect(group(page).locator('summary .dp-section-count')).toHaveText(`2/${total}`);
	});

	test('axe finds nothing on a windowed lesson or on the overview with the full list', async ({ page }) => {
		for (const path of [pathOf(largeMiddle.id), `/${large.id}/`]) {
			await page.goto(url(path));
			await axeInBothThemes(page);
		}
	});

	test('fits a 320 px screen, the window in the open menu included', async ({ page }) => {
		for (const path of [pathOf(largeMiddle.id), `/${large.id}/`]) {
			await page.goto(url(path));
			expect(await phoneProblems(page, path)).toEqual([]);
			await page.setViewportSize({ width: 320, height: 720 });
			await page.locator('.sl-menu-button').click();
			await allLessons(page).scrollIntoViewIfNeeded();
			await expect(allLessons(page)).toBeVisible();
			const box = (await allLessons(page).boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(320);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		}
	});
});
