import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { exportedProgress, storedOrNull } from '../support/stored-progress';

const KEY = 'devops-path:devops-path:/:progress';
const storedProgress = async (page: Page) => storedOrNull(await page.evaluate((key) => localStorage.getItem(key), KEY));

/** The lessons the course map lists, in its order: the course's path as the site builds it. */
async function mapLessons(page: Page) {
	await page.goto('/progress/map/');
	return page
		.locator('[data-map-lesson] > a')
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test('following Next from the start page visits every lesson of the course map, in its order', async ({ page, request }) => {
	const lessons = await mapLessons(page);
	expect(lessons.length).toBeGreaterThan(80);
	const visited: string[] = [];
	let path: string | undefined = '/start-here/';
	while (path && !visited.includes(path) && visited.length < 400) {
		visited.push(path);
		const html = await (await request.get(path)).text();
		path = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
	}
	expect(visited.filter((visit) => lessons.includes(visit))).toEqual(lessons);
});

test('the course map marks finished lessons, points at the next one and counts the time left', async ({ page }) => {
	const lessons = await mapLessons(page);
	const standing = page.locator('[data-map-standing]');
	await expect(standing).toHaveText(new RegExp(`^0 of ${lessons.length} lessons done\\. About \\d+ hours of study left\\.$`));
	const hoursBefore = Number(/About (\d+) hours/.exec((await standing.textContent())!)![1]);
	const first = page.locator('[data-map-lesson]').first();
	await expect(first.locator('a')).toHaveAttribute('aria-current', 'step');
	await expect(first.locator('[data-map-next]')).toBeVisible();

	for (const path of lessons.slice(0, 2)) {
		await page.goto(path);
		await page.getByRole('button', { name: 'Mark as complete' }).click();
		await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
	}
	await page.goto('/progress/map/');
	const items = page.locator('[data-map-lesson]');
	await expect(items.nth(0).locator('[data-map-state]')).toHaveText('Completed');
	await expect(items.nth(1)).toHaveAttribute('data-state', 'done');
	await expect(items.nth(0).locator('a')).not.toHaveAttribute('aria-current');
	await expect(items.nth(2).locator('a')).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('[data-map-next]:visible')).toHaveCount(1);
	await expect(standing).toHaveText(new RegExp(`^2 of ${lessons.length} lessons done\\.`));
	expect(Number(/About (\d+) hours/.exec((await standing.textContent())!)![1])).toBeLessThanOrEqual(hoursBefore);
	expect(await axeViolations(page)).toEqual([]);
	// The dashboard's next lesson is the map's.
	await page.goto('/progress/');
	await expect(page.locator('[data-next] a')).toHaveAttribute('href', lessons[2]!);
});

test('capstone self-checks ticked on their lesson appear on the dashboard and in the export', async ({ page }) => {
	await page.goto('/career/capstone/');
	const boxes = page.locator('[data-milestone="capstone"] input[data-item]');
	const total = await boxes.count();
	expect(total).toBeGreaterThanOrEqual(10);
	await boxes.nth(0).check();
	await boxes.nth(2).check();
	const firstText = (await page.locator('[data-milestone="capstone"] li').first().textContent())!.trim();

	await page.goto('/progress/');
	const checklist = page.locator('[data-checklist="capstone"]');
	await expect(checklist.locator('[data-checklist-text]')).toHaveText(`2 of ${total} done`);
	await checklist.locator('summary').focus();
	await page.keyboard.press('Enter');
	const firstItem = checklist.locator('[data-check]').first();
	await expect(firstItem).toBeVisible();
	await expect(firstItem).toContainText(firstText);
	await expect(firstItem.locator('[data-check-status]')).toHaveText('Done');
	await expect(checklist.locator('[data-check]').nth(1).locator('[data-check-status]')).toHaveText('To do');
	expect(await axeViolations(page, '[data-checklist="capstone"]')).toEqual([]);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const exported = { progress: exportedProgress(readFileSync(await (await downloading).path(), 'utf8')) };
	const ticked = Object.entries(exported.progress.checklist as Record<string, { done: boolean }>)
		.filter(([key, item]) => key.startsWith('capstone:') && item.done)
		.map(([key]) => key);
	expect(ticked).toHaveLength(2);
	expect(ticked).toContain(await firstItem.getAttribute('data-check'));
	expect((await storedProgress(page))?.checklist).toEqual(exported.progress.checklist);
});
