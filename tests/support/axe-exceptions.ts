/**
 * Every accepted axe finding, named by rule and node with the reason. Anything not listed here
 * fails the accessibility tests. Keep this list short and each reason specific.
 */
export interface AxeException {
	rule: string;
	/** CSS selector the excused node matches (checked with Element.matches in the page). */
	target: string;
	reason: string;
}

export const axeExceptions: readonly AxeException[] = [
	{
		rule: 'label-content-name-mismatch',
		target: 'site-search > button',
		reason:
			'Starlight\'s search button has the accessible name "Search" while its visible text includes the shortcut hint (Ctrl K); upstream component, not ours.',
	},
	{
		rule: 'landmark-unique',
		target: '.expressive-code pre[role="region"]',
		reason:
			'Expressive Code makes a code block that scrolls sideways keyboard-focusable and gives it role="region" without a name, so a page with two such blocks has regions axe cannot tell apart; upstream script, not ours.',
	},
];
