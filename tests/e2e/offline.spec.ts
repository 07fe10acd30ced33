import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interfaceLanguages } from '../../src/config/languages';
import { PDF_CACHE, RETIRING_WORKER, SERVICE_WORKER_FILE, writeServiceWorkers } from '../../src/lib/offline/service-worker';
import { freePort } from '../support/free-port';
import { startNginx, type RunningNginx } from '../support/nginx';
import { axeViolations, expect, test } from './fixtures';
import { installOffline, offlineDay } from './offline-journey';

/**
 * The site offline, served by nginx from a copy of dist that a test can "rebuild" (change a page,
 * write the worker again) without touching the build the other tests use.
 */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

let copy: string;
let server: RunningNginx;

test.beforeAll(async () => {
	copy = mkdtempSync(join(tmpdir(), 'devops-path-offline-'));
	cpSync('dist', copy, { recursive: true });
	// nginx's workers run as an unprivileged user when the tests run as root.
	chmodSync(copy, 0o755);
	server = await startNginx(copy, await freePort());
});

test.afterAll(async () => {
	await server?.stop();
	rmSync(copy, { recursive: true, force: true });
});

const site = () => `${server.origin}/`;

test('after one visit, five pages, a quiz, a lab and search work with the network cut, and progress is saved', async ({
	page,
	context,
}) => {
	test.slow();
	await offlineDay(page, context, site(), 'devops-path:devops-path:/:progress');
});

test('the worker is served fresh, the manifest and icons follow the base path, and the study guide PDF is kept once fetched', async ({
	page,
	context,
	request,
}) => {
	const worker = await request.get(`${site()}sw.js`);
	expect(worker.headers()['cache-control']).toBe('no-cache');
	const manifest = await request.get(`${site()}manifest.webmanifest`);
	expect(manifest.headers()['content-type']).toBe('application/manifest+json');
	const body = await manifest.json();
	expect(body).toMatchObject({ name: 'DevOps Path', start_url: '/', scope: '/', display: 'standalone' });
	for (const icon of body.icons)
		expect((await request.get(`${server.origin}${icon.src}`)).headers()['content-type'], icon.src).toBe('image/png');

	await installOffline(page, site());
	const pdf = `${site()}study-guide/devops-path-study-guide.pdf`;
	const fetchPdf = () => page.evaluate((url) => fetch(url).then((response) => response.status), pdf);
	expect(await fetchPdf()).toBe(200);
	// The worker stores the 17 MB file after answering; wait until it has.
	await expect
		.poll(
			() =>
				page.evaluate(
					([cache, url]) =>
						caches
							.open(cache!)
							.then((c) => c.match(url!))
							.then(Boolean),
					[PDF_CACHE, pdf],
				),
			{ timeout: 30_000 },
		)
		.toBe(true);
	await context.setOffline(true);
	expect(await fetchPdf()).toBe(200);
	await context.setOffline(false);
});

test('after a rebuild with a changed lesson, the open page offers the update and shows the new text after reload', async ({ page }) => {
	await installOffline(page, site());
	await page.goto(`${site()}lifecycle/`);
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('The DevOps lifecycle');

	const lesson = join(copy, 'lifecycle', 'index.html');
	writeFileSync(lesson, readFileSync(lesson, 'utf8').replaceAll('The DevOps lifecycle</h1>', 'The DevOps lifecycle, revised</h1>'));
	await writeServiceWorkers(
		copy,
		'/',
		40 * 1024 * 1024,
		interfaceLanguages().map(({ locale }) => locale),
	);

	// The learner comes back to the tab: the page looks for a new version and offers it.
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	const notice = page.locator('dp-update-notice');
	await expect(notice.getByText('A new version of this site is ready.')).toBeVisible({ timeout: 30_000 });
	// Said in a live region, so a screen reader announces it without moving focus.
	await expect(notice.getByRole('status')).toContainText('A new version of this site is ready.');
	await expect(heading).toHaveText('The DevOps lifecycle');
	expect(await axeViolations(page)).toEqual([]);
	await notice.getByRole('button', { name: 'Reload now' }).click();
	await expect(heading).toHaveText('The DevOps lifecycle, revised');
	await expect(notice.getByText('A new version of this site is ready.')).toBeHidden();
});

test('a rebuild without an offline copy (offlineBudget 0) removes the one a learner kept, so nobody stays on an old version', async ({
	page,
}) => {
	await installOffline(page, site());
	expect(await page.evaluate(() => caches.keys())).not.toEqual([]);
	writeFileSync(join(copy, SERVICE_WORKER_FILE), RETIRING_WORKER);
	await page.goto(`${site()}tools/`);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((found) => found.length)), { timeout: 30_000 })
		.toBe(0);
	await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
});
