import type { Page } from '@playwright/test';
import { switchTheme } from './fixtures';

/** The phone widths every page must fit, and the themes it is looked at in. */
export const PHONE_WIDTHS = [320, 390] as const;
const THEMES = ['light', 'dark'] as const;

/** What overflows, from inside the page: the document's width and, if too wide, the element that sticks out furthest. */
export function measure(page: Page) {
	return page.evaluate(() => {
		const viewport = window.innerWidth;
		const nameOf = (element: Element) =>
			`<${element.localName}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}>`;
		const header = [...document.querySelectorAll('header.header :is(a, button, select, input)')]
			.map((element) => ({ element, box: element.getBoundingClientRect() }))
			.filter(({ box }) => box.width > 0 && box.height > 0)
			.filter(({ box }) => box.left < -0.5 || box.right > viewport + 0.5)
			.map(({ element, box }) => `${nameOf(element)} spans ${Math.round(box.left)}-${Math.round(box.right)} px`);
		const width = document.documentElement.scrollWidth;
		if (width <= viewport) return { viewport, width, widest: '', header };
		// The culprit is the element reaching furthest right whose overflow no ancestor scrolls or clips.
		let widest = { right: 0, text: '' };
		const walk = (element: Element) => {
			const box = element.getBoundingClientRect();
			if (box.right >= widest.right && box.width > 0) {
				const path = [];
				for (let e: Element | null = element; e && e !== document.body && path.length < 3; e = e.parentElement) path.unshift(nameOf(e));
				widest = {
					right: box.right,
					text: `${path.join(' > ')} (${Math.round(box.width)} px wide, right edge at ${Math.round(box.right)} px)`,
				};
			}
			if (getComputedStyle(element).overflowX !== 'visible') return;
			for (const child of element.children) walk(child);
		};
		walk(document.body);
		return { viewport, width, widest: widest.text, header };
	});
}

/**
 * An open page at each phone width in both themes: where it is wider than the screen (and the
 * element that widens it) or a header control is off-screen. Width and theme change in place.
 */
export async function phoneProblems(page: Page, path: string): Promise<string[]> {
	const problems: string[] = [];
	for (const width of PHONE_WIDTHS) {
		await page.setViewportSize({ width, height: 720 });
		for (const theme of THEMES) {
			await switchTheme(page, theme);
			// Layout follows a resize on the next frame.
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
			const result = await measure(page);
			const where = `${path} at ${width} px, ${theme} theme`;
			if (result.width > result.viewport) problems.push(`${where}: page is ${result.width} px wide; widest: ${result.widest}`);
			for (const off of result.header) problems.push(`${where}: header control off-screen: ${off}`);
		}
	}
	return problems;
}
