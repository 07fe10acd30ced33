import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../../scripts/bench/build';
import { benchSectionIds, planLessons } from '../../scripts/bench/content';
import { STORAGE_KEY } from '../../scripts/bench/progress-data';
import { serveStatic, type StaticServer } from '../../scripts/bench/serve';
import { prepareSite, writeContent } from '../../scripts/bench/sites';
import { root } from '../support/content-files';
import { axeViolations, expect, setTheme, tabTo, test } from './fixtures';
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
let server: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(5 * 60_000);
	const site = prepareSite(root, work, 'site');
	writeContent(site, root, LESSONS);
	await runBuild(site.dir, site.env);
	server = await serveStatic(join(site.dir, 'dist'));
});

test.afterAll(async () => {
	await server?.close();
	rmSync(work, { recursive: true, force: true });
});

const url = (path: string) => `${server.origin}${path}`;
const sectionLink = (page: import('@playwright/test').Page, section: string) => page.locator(`.sidebar-content a[data-section="${section}"]`);

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
