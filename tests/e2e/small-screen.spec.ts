import { expect, openInTheme, test } from './fixtures';
import { measure, phoneProblems } from './page-width';

/**
 * The phone check itself. Every page is measured at phone widths in a11y.spec.ts, in the same
 * visit as axe; these tests prove the measurement finds what it must.
 */
test('the overflow check names a page wider than the screen and the element that widens it', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 720 });
	await openInTheme(page, '/start-here/', 'light');
	await page.locator('.sl-markdown-content').evaluate((main) => {
		// Text gives the box a height: Chromium leaves an empty, zero-height box out of the page's scroll width.
		const wide = Object.assign(document.createElement('div'), { id: 'too-wide', textContent: 'A fixed-width block' });
		wide.style.width = '500px';
		main.append(wide);
	});
	const result = await measure(page);
	expect(result.width).toBeGreaterThan(320);
	expect(result.widest).toContain('<div#too-wide>');
});

test('the phone check passes a page that fits and names the width, theme and culprit of one that does not', async ({ page }) => {
	await openInTheme(page, '/start-here/', 'light');
	expect(await phoneProblems(page, '/start-here/')).toEqual([]);
	await page.locator('.sl-markdown-content').evaluate((main) => {
		const wide = Object.assign(document.createElement('p'), {
			id: 'wide-at-320',
			textContent: 'Text in a box a little wider than the smallest phone',
		});
		wide.style.width = '310px';
		main.append(wide);
	});
	const problems = await phoneProblems(page, '/start-here/');
	expect(problems).toHaveLength(2);
	expect(problems[0]).toContain('/start-here/ at 320 px, light theme: page is');
	expect(problems[0]).toContain('<p#wide-at-320>');
	expect(problems[1]).toContain('/start-here/ at 320 px, dark theme');
});
