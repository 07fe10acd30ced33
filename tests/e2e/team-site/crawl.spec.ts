import { readPage } from '../../../scripts/gates/html';
import { defaultLanguagePagePaths } from '../../support/site-pages';
import { teamDist } from '../../support/team-site';
import { guardPage } from '../page-guard';
import { expect, test } from './fixtures';

interface Link {
	from: string;
	target: URL;
	/** Only a link a reader follows (`a[href]`, `area[href]`) names a place on the page it leads to. */
	followed: boolean;
}

const FOLLOWED = new Set(['a[href]', 'area[href]']);

/**
 * Starts at the home page of the team site and follows every same-origin link through nginx, as
 * served: each link must lead to a page or file that exists, and each #fragment to an element
 * with that id on the target page (a #key=value fragment is data, not a place). Pages are read
 * with the gates' HTML parser; the browser visits below check what the pages do once loaded.
 */
test('crawl from the home page: no broken link, file or anchor', async ({ site, request }) => {
	test.setTimeout(300_000);
	const start = `${site.origin}${site.base}`;
	const problems: string[] = [];
	const idsOfPage = new Map<string, Set<string>>();
	const links: Link[] = [];
	const files = new Set<string>();
	const queue = [start];
	const queued = new Set(queue);
	const linkedFrom = (address: string) => links.find((link) => `${link.target.origin}${link.target.pathname}` === address)?.from;
	while (queue.length) {
		const current = queue.shift()!;
		const response = await request.get(current);
		if (!response.ok()) {
			problems.push(`${current}: answered ${response.status()} (linked from ${linkedFrom(current)})`);
			continue;
		}
		const page = readPage(await response.text());
		idsOfPage.set(current, page.ids);
		for (const { href, source } of page.links) {
			const target = new URL(href, response.url());
			if (target.origin !== site.origin) continue;
			const followed = FOLLOWED.has(source);
			links.push({ from: current, target, followed });
			const address = `${target.origin}${target.pathname}`;
			if (followed && target.pathname.startsWith(site.base) && (address.endsWith('/') || address.endsWith('.html'))) {
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
		if (!response.ok()) problems.push(`${file}: answered ${response.status()} (linked from ${linkedFrom(file)})`);
	}
	for (const { from, target, followed } of links) {
		if (!followed || !target.hash || target.hash === '#') continue;
		// A fragment written as key=value carries data for the page's script (a share link's
		// progress), not an element to scroll to; share.spec.ts and the team-site share test open those.
		if (/^#[a-z-]+=/.test(target.hash)) continue;
		const ids = idsOfPage.get(`${target.origin}${target.pathname}`);
		const id = decodeURIComponent(target.hash.slice(1));
		if (ids && !ids.has(id)) problems.push(`${from}: links to ${target.pathname}#${id}, which has no element with that id`);
	}

	expect(problems).toEqual([]);
	expect(idsOfPage.size, 'pages crawled').toBeGreaterThan(40);
	console.log(`Crawled ${idsOfPage.size} pages, ${links.length} links, ${files.size} other files`);
});

/**
 * Every page of the team site in its default language loaded in a real browser through nginx: no
 * request that fails, no Content-Security-Policy violation, no request to another origin. The
 * pages are dealt into shares so the test workers visit them side by side.
 */
const SHARES = 4;

for (let share = 0; share < SHARES; share++) {
	test(`pages in a browser, share ${share + 1} of ${SHARES}: no failed request, no policy violation, no third-party request`, async ({
		page,
		site,
	}) => {
		test.setTimeout(300_000);
		const paths = defaultLanguagePagePaths(teamDist, site.base);
		expect(paths.length, 'pages in the team site').toBeGreaterThan(40);
		const guard = await guardPage(page, site.origin);
		const problems: string[] = [];
		let current = '';
		page.on('response', (response) => {
			if (response.status() >= 400)
				problems.push(`${current}: ${response.request().resourceType()} ${response.url()} answered ${response.status()}`);
		});
		for (const path of paths.filter((_, index) => index % SHARES === share)) {
			current = `${site.origin}${path}`;
			const response = await page.goto(current, { waitUntil: 'networkidle' });
			if (!response?.ok()) problems.push(`${current}: answered ${response?.status() ?? 'nothing'}`);
			for (const violation of await guard.violations()) problems.push(`${current}: ${violation}`);
		}
		expect(problems).toEqual([]);
		expect(guard.foreignRequests).toEqual([]);
	});
}
