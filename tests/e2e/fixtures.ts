import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { axeExceptions } from '../support/axe-exceptions';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** The axe rules whose outcome depends on colours, so on the theme. */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page and returns the violations not excused in axe-exceptions.ts, one line per
 * node. `rules` limits the run to those rules (with the same tags); `exclude` leaves parts out.
 */
export async function axeViolations(
	page: Page,
	include?: string | readonly string[],
	rules?: readonly string[],
	exclude: readonly string[] = [],
): Promise<string[]> {
	// target-size (WCAG 2.2 2.5.8, targets of at least 24 px) is off in axe's defaults; it is named here so it stays on.
	// Legacy mode runs axe in the page in one call. The default runs it per frame and then finishes
	// in a second, blank page: twice the time on these pages, for frames the site does not have.
	// Only violations are reported in full: axe then skips building a selector for every element that
	// passes, most of its time on a long page. Every rule still runs on every element.
	let builder = new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] })
		.withTags(AXE_TAGS);
	for (const selector of typeof include === 'string' ? [include] : (include ?? [])) builder = builder.include(selector);
	for (const selector of exclude) builder = builder.exclude(selector);
	if (rules) builder = builder.withRules([...rules]);
	const { violations } = await builder.analyze();
	const found: string[] = [];
	for (const violation of violations) {
		const selectors = axeExceptions.filter((e) => e.rule === violation.id).map((e) => e.target);
		for (const node of violation.nodes) {
			if (await matchesAny(page, node.target, selectors)) continue;
			found.push(`${violation.id} at ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ')}`);
		}
	}
	return found;
}

/** Whether the node axe names by `target` matches one of the exceptions' selectors. */
async function matchesAny(page: Page, target: readonly unknown[], selectors: string[]): Promise<boolean> {
	if (selectors.length === 0 || target.length !== 1 || typeof target[0] !== 'string') return false;
	return page.evaluate(
		([target, selectors]) => {
			const node = document.querySelector(target);
			return !!node && selectors.some((selector) => node.matches(selector));
		},
		[target[0], selectors] as const,
	);
}

export async function setTheme(page: Page, theme: 'light' | 'dark') {
	await page.evaluate((theme) => {
		document.documentElement.dataset.theme = theme;
	}, theme);
}

/**
 * Opens a page the way a returning visitor who chose a theme sees it: Starlight reads its storage
 * key before first paint, and the system colour scheme agrees with it.
 */
export async function openInTheme(page: Page, path: string, theme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: theme });
	await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), theme);
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	await codeBlocksSettled(page);
}

/** Switches an open page to the other theme as the theme picker would, system preference included. */
export async function switchTheme(page: Page, theme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: theme });
	await setTheme(page, theme);
}

/** Checks the open page with axe in the light theme, then the dark, and leaves it light. */
export async function axeInBothThemes(page: Page) {
	expect(await axeViolations(page), 'light theme').toEqual([]);
	await switchTheme(page, 'dark');
	expect(await axeViolations(page, undefined, THEME_RULES), 'dark theme').toEqual([]);
	await switchTheme(page, 'light');
}

/** Opens a lesson and marks it complete, as a learner would. */
export async function completeLesson(page: Page, path: string) {
	await page.goto(path);
	const button = page.getByRole('button', { name: 'Mark as complete' });
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/**
 * Expressive Code makes a code block that scrolls sideways focusable a moment after load (a
 * debounced ResizeObserver); checking before then would report it as unreachable by keyboard.
 */
async function codeBlocksSettled(page: Page) {
	await page.waitForFunction(() =>
		[...document.querySelectorAll('.expressive-code pre')].every(
			(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
		),
	);
}

/** Presses Tab (or Shift+Tab) until `target` has focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, maxPresses = 200, key: 'Tab' | 'Shift+Tab' = 'Tab') {
	for (let i = 0; i < maxPresses; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`could not reach ${target} with ${key} in ${maxPresses} presses`);
}

/** Tabs to a closed <select>, backwards when focus is already past it, and moves to the wanted option with the arrow keys. */
export async function chooseOptionByKeyboard(page: Page, select: Locator, wanted: (option: { text: string; value: string }) => boolean) {
	const focusIsPast = await select.evaluate(
		(el) => document.activeElement !== null && !!(el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
	);
	await tabTo(page, select, 200, focusIsPast ? 'Shift+Tab' : 'Tab');
	const { options, selected } = await select.evaluate((el: HTMLSelectElement) => ({
		options: [...el.options].map((option) => ({ text: option.textContent ?? '', value: option.value })),
		selected: el.selectedIndex,
	}));
	const target = options.findIndex(wanted);
	if (target === -1) throw new Error(`${select} has no such option; it has ${options.map((option) => option.text).join(', ')}`);
	for (let i = selected; i !== target; i += Math.sign(target - i)) await page.keyboard.press(target > i ? 'ArrowDown' : 'ArrowUp');
	await expect(select).toHaveValue(options[target]!.value);
}

/** A page that fails the test on any uncaught error or console error. */
export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`console: ${message.text()}`);
			});
			await use(errors);
			expect(errors, 'errors in the page').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
