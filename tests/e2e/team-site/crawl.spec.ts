import { guardPage } from '../page-guard';
import { expect, test } from './fixtures';

interface Link {
	from: string;
	target: URL;
}

/**
 * Starts at the home page of the team site and follows every same-origin link, in a real
 * browser through nginx: each page must load with no failed request, no Content-Security-Policy
 * violation and no request to another origin; each link must lead somewhere that exists, and each
 * #fragment to an element with that id on the target page (a #key=value fragment is data, not a place).
 */
test('crawl from the home page: no broken link or anchor, no policy violation, no third-party request', async ({ page, site, request }) => {
	test.setTimeout(900_000);
	const start = `${site.origin}${site.base}`;
	const guard = await guardPage(page, site.origin);
	const problems: string[] = [];
	let current = start;
	page.on('response', (response) => {
		if (response.status() >= 400)
			problems.push(`${current}: ${response.request().resourceType()} ${response.url()} answered ${response.status()}`);
	});

	const idsOfPage = new Map<string, Set<string>>();
	const links: Link[] = [];
	const files = new Set<string>();
	const queue = [start];
	const queued = new Set(queue);
	while (queue.length) {
		current = queue.shift()!;
		const response = await page.goto(current, { waitUntil: 'networkidle' });
		if (!response?.ok()) {
			problems.push(`${current}: linked from ${links.find((link) => `${link.target.origin}${link.target.pathname}` === current)?.from}`);
			continue;
		}
		for (const violation of await guard.violations()) problems.push(`${current}: ${violation}`);
		const { ids, hrefs } = await page.evaluate(() => ({
			ids: [...document.querySelectorAll('[id], a[name]')].map((element) => element.id || element.getAttribute('name')!),
			// getAttribute, not .href: links inside SVG (the lifecycle diagram) have no string href property.
			hrefs: [...document.querySelectorAll('a[href]')].map((anchor) => new URL(anchor.getAttribute('href')!, document.baseURI).href),
		}));
		idsOfPage.set(current, new Set(ids));
		for (const href of hrefs) {
			const target = new URL(href);
			if (target.origin !== site.origin) continue;
			links.push({ from: current, target });
			const address = `${target.origin}${target.pathname}`;
			if (target.pathname.startsWith(site.base) && (address.endsWith('/') || address.endsWith('.html'))) {
				if (!queued.has(address)) {
					queued.add(address);
					queue.push(address);
				}
			} else {
				files.add(address);
			}
		}
	}

	for (const file of files) {
		const response = await request.head(file);
		if (!response.ok())
			problems.push(
				`${file}: answered ${response.status()} (linked from ${links.find((l) => `${l.target.origin}${l.target.pathname}` === file)!.from})`,
			);
	}
	for (const { from, target } of links) {
		if (!target.hash || target.hash === '#') continue;
		// A fragment written as key=value carries data for the page's script (a share link's
		// progress), not an element to scroll to; share.spec.ts and the team-site share test open those.
		if (/^#[a-z-]+=/.test(target.hash)) continue;
		const ids = idsOfPage.get(`${target.origin}${target.pathname}`);
		const id = decodeURIComponent(target.hash.slice(1));
		if (ids && !ids.has(id)) problems.push(`${from}: links to ${target.pathname}#${id}, which has no element with that id`);
	}

	expect(problems).toEqual([]);
	expect(guard.foreignRequests).toEqual([]);
	expect(idsOfPage.size, 'pages crawled').toBeGreaterThan(40);
	console.log(`Crawled ${idsOfPage.size} pages, ${links.length} links, ${files.size} other files`);
});
