import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../src/integrations/study-guide/static-server';

describe('serveDirectory', () => {
	const parent = mkdtempSync(join(tmpdir(), 'static-server-'));
	const root = join(parent, 'dist');
	let server: StaticServer;
	const get = (path: string) => fetch(`${server.origin}${path}`);

	beforeAll(async () => {
		mkdirSync(join(root, 'study-guide'), { recursive: true });
		writeFileSync(join(root, 'study-guide', 'index.html'), '<h1>Guide</h1>');
		writeFileSync(join(root, 'style.css'), 'h1{}');
		writeFileSync(join(parent, 'secret.txt'), 'outside');
		server = await serveDirectory(root, '/team/');
	});
	afterAll(async () => {
		await server.close();
		rmSync(parent, { recursive: true, force: true });
	});

	it('serves files under the base path with their type, folders by their index.html', async () => {
		const page = await get('/team/study-guide/');
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await page.text()).toBe('<h1>Guide</h1>');
		expect((await get('/team/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
	});

	it('serves nothing outside the base path or the folder', async () => {
		expect((await get('/study-guide/')).status).toBe(404);
		expect((await get('/team/missing/')).status).toBe(404);
		expect((await get('/team/..%2fsecret.txt')).status).toBe(404);
		expect((await get('/team/%E0%A4%A')).status).toBe(404);
	});
});
