import { guardPage } from './page-guard';
import { expect, test } from './fixtures';

// Every sitemap page is checked for policy violations and third-party requests on its axe visit
// (a11y.spec.ts); the 404 page is in no sitemap.
test('the 404 page: no policy violation, no request to another origin', async ({ page, baseURL }) => {
	const guard = await guardPage(page, new URL(baseURL!).origin);
	const response = await page.goto('/404.html', { waitUntil: 'networkidle' });
	expect(response?.status()).toBe(200);
	expect(await guard.violations()).toEqual([]);
	expect(guard.foreignRequests).toEqual([]);
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
