import { builtPagePaths } from '../support/site-pages';
import { guardPage } from './page-guard';
import { expect, test } from './fixtures';

// The sitemap's pages, and the 404 page, which no sitemap lists.
const pages = [...builtPagePaths(), '/404.html'];

test.describe('every page under its Content-Security-Policy', () => {
	for (const path of pages) {
		test(`${path}: no policy violation, no request to another origin`, async ({ page, baseURL }) => {
			const guard = await guardPage(page, new URL(baseURL!).origin);
			await page.goto(path, { waitUntil: 'networkidle' });
			expect(await guard.violations()).toEqual([]);
			expect(guard.foreignRequests).toEqual([]);
		});
	}
});

test('search loads its WebAssembly index under the policy', async ({ page, baseURL }) => {
	const guard = await guardPage(page, new URL(baseURL!).origin);
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('terraform');
	await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
	expect(await guard.violations()).toEqual([]);
	expect(guard.foreignRequests).toEqual([]);
});
