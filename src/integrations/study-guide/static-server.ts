import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf',
};

export interface StaticServer {
	/** e.g. http://127.0.0.1:43121 */
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built site from `root` on a free port of 127.0.0.1, under `base` as it will be
 * deployed (e.g. /onboarding/), so the page renders exactly as it will online.
 */
export async function serveDirectory(root: string, base: string): Promise<StaticServer> {
	const rootDir = resolve(root);
	const server = createServer(async (request, response) => {
		const file = await fileFor(rootDir, base, request.url ?? '/');
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', done);
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

/** The file a request path names: outside `base` or outside `root` is nothing; a folder means its index.html. */
async function fileFor(root: string, base: string, url: string): Promise<string | undefined> {
	let path: string;
	try {
		path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
	} catch {
		return undefined;
	}
	if (!path.startsWith(base)) return undefined;
	const target = resolve(join(root, path.slice(base.length)));
	if (target !== root && !target.startsWith(root + sep)) return undefined;
	for (const candidate of [target, join(target, 'index.html')]) {
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return candidate;
	}
	return undefined;
}
