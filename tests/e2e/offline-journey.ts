import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { storedOrNull } from '../support/stored-progress';

/**
 * A learner's day without a network, shared by the site's own offline test and the team site's
 * (under /onboarding/ behind nginx). `site` is the address of the site's home, ending in a slash.
 */

/** Opens the site once and waits until its service worker has precached everything and controls the page. */
export async function installOffline(page: Page, site: string) {
	await page.goto(site);
	// `ready` resolves once the worker is active, which it becomes only after precaching every file.
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Pages a learner opens offline, with the heading each shows. */
const pages = [
	['lifecycle/', 'The DevOps lifecycle'],
	['progress/', 'My progress'],
	['progress/review/', 'Review'],
	['tools/', 'Tools'],
	['study-guide/', /study guide: sections$/],
] as const;

export async function offlineDay(page: Page, context: BrowserContext, site: string, progressKey: string) {
	await installOffline(page, site);
	await context.setOffline(true);

	for (const [path, heading] of pages) {
		const response = await page.goto(`${site}${path}`);
		expect(response?.status(), path).toBe(200);
		await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
	}

	await page.goto(`${site}linux/`);
	const question = page.locator('[data-question="fundamentals-linux-disk-full-next"]');
	await question.getByLabel(/^Run sudo du -xh --max-depth=1 \/var/).check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(question.locator('.dp-feedback[role="status"]')).toContainText('Correct');

	// The lab's shell is its own 1.3 MB script, fetched only when a learner starts a lab.
	const lab = page.locator('dp-lab[data-lab="nginx-log-triage"]');
	await lab.getByRole('button', { name: 'Start lab' }).click();
	const command = lab.getByRole('textbox', { name: 'Command' });
	await expect(command).toBeVisible({ timeout: 30_000 });
	await command.fill("awk '$9 >= 500' /var/log/nginx/access.log | wc -l");
	await command.press('Enter');
	await expect(lab.locator('.dp-lab-entry')).toHaveCount(1, { timeout: 30_000 });
	await expect(lab.getByRole('log')).toContainText(/\b\d+\b/);

	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await expect(dialog.getByRole('textbox', { name: 'Search' })).toBeFocused({ timeout: 30_000 });
	await page.keyboard.type('terraform');
	await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 30_000 });
	await page.keyboard.press('Escape');

	const stored = storedOrNull(await page.evaluate((key) => localStorage.getItem(key), progressKey));
	expect(stored?.questions?.['fundamentals-linux-disk-full-next']).toMatchObject({ attempts: 1, firstCorrect: true });
	await context.setOffline(false);
}
