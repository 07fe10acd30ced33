import type { Page } from '@playwright/test';

export interface PageGuard {
	/** Content-Security-Policy violations the page reported, one line each. */
	violations(): Promise<string[]>;
	/** Requests the page made to any origin other than its own. */
	readonly foreignRequests: string[];
}

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/**
 * Watches a page for what a strict policy forbids: any securitypolicyviolation event and any
 * request that leaves the site's origin. Install before the first navigation.
 */
export async function guardPage(page: Page, origin: string): Promise<PageGuard> {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations!.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} (${event.sample})`,
			);
		});
	});
	const foreignRequests: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) foreignRequests.push(request.url());
	});
	return {
		foreignRequests,
		violations: () => page.evaluate(() => window.__cspViolations ?? []),
	};
}
