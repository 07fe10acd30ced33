import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVICE_WORKER_FILE, workerPath, writeServiceWorkers } from '../../src/lib/offline/service-worker';

// Workbox bundles each worker with Rollup, a few seconds per case: a build step, not a unit.
describe('the service worker', () => {
	let dist: string;
	afterEach(() => rmSync(dist, { recursive: true, force: true }));

	function site(files: Record<string, string>) {
		dist = mkdtempSync(join(tmpdir(), 'offline-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dist, path)), { recursive: true });
			writeFileSync(join(dist, path), text);
		}
	}

	it('precaches pages, scripts and the search index under the base path, but not the PDF or files for hosts', async () => {
		site({
			'index.html': '<h1>Home</h1>',
			'linux/index.html': '<h1>Linux</h1>',
			'_astro/page.abc123.js': 'console.log(1)',
			'pagefind/pagefind-entry.json': '{}',
			'study-guide/guide.pdf': '%PDF-1.7',
			_headers: '/*',
			'sitemap-0.xml': '<urlset/>',
		});
		const [report] = await writeServiceWorkers(dist, '/onboarding/', 1024 * 1024);
		expect(report!.files).toBe(4);
		const worker = readFileSync(join(dist, SERVICE_WORKER_FILE), 'utf8');
		for (const url of [
			'/onboarding/index.html',
			'/onboarding/linux/index.html',
			'/onboarding/_astro/page.abc123.js',
			'/onboarding/pagefind/pagefind-entry.json',
		]) {
			expect(worker).toContain(`"${url}"`);
		}
		for (const left of ['guide.pdf"', '_headers', 'sitemap-0.xml', `"/onboarding/${SERVICE_WORKER_FILE}"`])
			expect(worker).not.toContain(left);
	}, 60_000);

	it('refuses a precache over its budget, naming both sizes', async () => {
		site({ 'index.html': 'x'.repeat(300_000) });
		await expect(writeServiceWorkers(dist, '/', 200_000)).rejects.toThrow(
			/offline copy of the site is 0\.3 MB in 1 files, over its budget of 0\.2 MB\. .*raise "offlineBudget"/,
		);
	}, 60_000);

	it('gives each language its own copy: its pages, the shared files and its part of the search index', async () => {
		site({
			'index.html': '<h1>Home</h1>',
			'404.html': '<h1>Not found</h1>',
			'linux/index.html': '<h1>Linux</h1>',
			'es/index.html': '<h1>Inicio</h1>',
			'es/linux/index.html': '<h1>Linux</h1>',
			'quiz-banks/linux.json': '{}',
			'es/quiz-banks/linux.json': '{}',
			'course-outline.json': '{}',
			'_astro/page.abc123.js': 'console.log(1)',
			'pagefind/pagefind.js': '',
			'pagefind/pagefind.en_1a2b.pf_meta': '',
			'pagefind/pagefind.es_3c4d.pf_meta': '',
			'pagefind/wasm.en.pagefind': '',
			'pagefind/wasm.es.pagefind': '',
			'pagefind/index/en_5e6f.pf_index': '',
			'pagefind/fragment/es_7a8b.pf_fragment': '',
		});
		const reports = await writeServiceWorkers(dist, '/', 1024 * 1024, ['es']);
		expect(reports.map((report) => report.locale)).toEqual(['', 'es']);
		const urls = (locale: string) =>
			[...readFileSync(join(dist, workerPath(locale)), 'utf8').matchAll(/url:"([^"]+)"/g)].map((match) => match[1]).sort();
		expect(urls('')).toEqual(
			[
				'/404.html',
				'/_astro/page.abc123.js',
				'/course-outline.json',
				'/index.html',
				'/linux/index.html',
				'/pagefind/index/en_5e6f.pf_index',
				'/pagefind/pagefind.en_1a2b.pf_meta',
				'/pagefind/pagefind.js',
				'/pagefind/wasm.en.pagefind',
				'/quiz-banks/linux.json',
			].sort(),
		);
		expect(urls('es')).toEqual(
			[
				'/_astro/page.abc123.js',
				'/course-outline.json',
				'/es/index.html',
				'/es/linux/index.html',
				'/es/quiz-banks/linux.json',
				'/pagefind/fragment/es_7a8b.pf_fragment',
				'/pagefind/pagefind.es_3c4d.pf_meta',
				'/pagefind/pagefind.js',
				'/pagefind/wasm.es.pagefind',
			].sort(),
		);
	}, 60_000);

	it("holds each language's copy to the budget, naming the language", async () => {
		site({ 'index.html': 'x', 'es/index.html': 'x'.repeat(300_000) });
		await expect(writeServiceWorkers(dist, '/', 200_000, ['es'])).rejects.toThrow(
			/offline copy of the site in "es" is 0\.3 MB in 1 files, over its budget of 0\.2 MB/,
		);
	}, 60_000);
});
