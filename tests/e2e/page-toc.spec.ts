import { expect, test } from './fixtures';

/**
 * The tables of contents (Starlight's markup, marked by toc/page-toc.ts): the side list on a wide
 * screen and the bar under the header on a phone follow the section being read.
 */
const LESSON = '/linux/';

test('the side list marks the section being read as the page scrolls', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(LESSON);
	const list = page.locator('dp-page-toc:not([data-mobile])');
	await expect(list.locator('a[aria-current="true"]')).toHaveAttribute('href', '#_top');

	const links = list.locator('a[href^="#"]:not([href="#_top"])');
	const third = (await links.nth(2).getAttribute('href'))!;
	await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), decodeURIComponent(third.slice(1)));
	await expect(list.locator('a[aria-current="true"]')).toHaveAttribute('href', third);
	await expect(list.locator('a[aria-current]')).toHaveCount(1);

	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(list.locator('a[aria-current="true"]')).toHaveAttribute('href', '#_top');
});

test('the phone bar names the section being read, and its list closes on a choice, a click elsewhere or Escape', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto(LESSON);
	const bar = page.locator('dp-page-toc[data-mobile]');
	const summary = bar.locator('summary');
	const details = bar.locator('details');
	await expect(bar.locator('.display-current')).toHaveText('Overview');

	// Open with the keyboard, choose a section: the list closes and the bar names it.
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(details).toHaveAttribute('open', '');
	const second = bar.locator('.dropdown a').nth(2);
	const name = (await second.textContent())!.trim();
	await second.click();
	await expect(details).not.toHaveAttribute('open', '');
	await expect(bar.locator('.display-current')).toHaveText(name);
	await expect(bar.locator('a[aria-current="true"]')).toHaveText(name);

	// Escape closes it and gives focus back to the bar.
	await summary.focus();
	await page.keyboard.press('Enter');
	await bar.locator('.dropdown a').first().focus();
	await page.keyboard.press('Escape');
	await expect(details).not.toHaveAttribute('open', '');
	await expect(summary).toBeFocused();

	// A click elsewhere (the page below the open list) closes it too.
	await summary.click();
	await expect(details).toHaveAttribute('open', '');
	const list = (await bar.locator('.dropdown').boundingBox())!;
	await page.mouse.click(5, list.y + list.height + 20);
	await expect(details).not.toHaveAttribute('open', '');
});
