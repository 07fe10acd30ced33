import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../src/lib/hosting/static-server';

describe('serveDirectory', () => {
	const parent = mkdtempSync(join(tmpdir(), 'static-server-'));
	const root = join(parent, 'dist');
	let team: StaticServer;
	let cached: StaticServer;
	let gzipped: StaticServer;
	const longPage = `<h1>Lesson</h1>${'<p>Words a learner reads.</p>'.repeat(200)}`;

	beforeAll(async () => {
		mkdirSync(join(root, 'study-guide'), { recursive: true });
		writeFileSync(join(root, 'study-guide', 'index.html'), '<h1>Guide</h1>');
		writeFileSync(join(root, 'style.css'), 'h1{}');
		writeFileSync(join(root, 'lesson.html'), longPage);
		writeFileSync(join(root, '404.html'), '<h1>Not here</h1>');
		writeFileSync(join(parent, 'secret.txt'), 'outside');
		team = await serveDirectory(root, { base: '/team/' });
		cached = await serveDirectory(root, { maxAge: 600 });
		gzipped = await serveDirectory(root, { compress: true });
	});
	afterAll(async () => {
		await Promise.all([team.close(), cached.close(), gzipped.close()]);
		rmSync(parent, { recursive: true, force: true });
	});

	it('serves files under the base path with their type, folders by their index.html', async () => {
		const page = await fetch(`${team.origin}/team/study-guide/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toMatch(/^text\/html;\s*charset=utf-8$/);
		expect(await page.text()).toBe('<h1>Guide</h1>');
		expect((await fetch(`${team.origin}/team/style.css`)).headers.get('content-type')).toMatch(/^text\/css\b/);
		expect(page.headers.get('cache-control')).toBeNull();
	});

	it('serves nothing outside the base path or the folder, with the site its 404 page', async () => {
		for (const path of ['/study-guide/', '/team/missing/', '/team/..%2fsecret.txt', '/team/../secret.txt', '/team/%E0%A4%A']) {
			const response = await fetch(`${team.origin}${path}`);
			expect(response.status, path).toBe(404);
			expect(await response.text(), path).toBe('<h1>Not here</h1>');
		}
	});

	it('lets browsers reuse files for as long as asked, on a port of its own', async () => {
		const page = await fetch(`${cached.origin}/study-guide/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('cache-control')).toBe('public,max-age=600');
		expect(cached.origin).not.toBe(team.origin);
	});

	it('gzips pages as real hosts do when asked to, and only then', async () => {
		const page = await fetch(`${gzipped.origin}/lesson/`, { headers: { 'accept-encoding': 'gzip' } });
		expect(page.headers.get('content-encoding')).toBe('gzip');
		expect(await page.text()).toBe(longPage);
		const plain = await fetch(`${cached.origin}/lesson/`, { headers: { 'accept-encoding': 'gzip' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(longPage);
	});
});
