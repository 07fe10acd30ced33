import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface StaticServer {
	/** e.g. http://127.0.0.1:43121 */
	origin: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** The base path the site is deployed under (e.g. /onboarding/); requests outside it are 404. */
	base?: string;
	/**
	 * Seconds a browser may reuse each file, as a host like GitHub Pages allows (ten minutes), so
	 * repeated page loads time the page's own work rather than refetching its scripts. None: no caching header.
	 */
	maxAge?: number;
	/**
	 * Gzip text responses, as every real host does (nginx, GitHub Pages, Netlify). Lighthouse
	 * judges load time from the bytes sent, so a page measured uncompressed would score as if it
	 * were several times heavier than learners receive.
	 */
	compress?: boolean;
}

/**
 * Serves a built site from `root` on a free port of 127.0.0.1, under its base path as it will be
 * deployed, so pages render exactly as they will online: a folder answers with its index.html, a
 * missing file with a 404 (the site's 404.html when it has one), nothing outside `root` is served.
 * Used by the study guide's PDF step, the benchmark, the Lighthouse runner and browser tests.
 */
export async function serveDirectory(root: string, { base = '/', maxAge, compress = false }: ServeOptions = {}): Promise<StaticServer> {
	const notFoundPage = (() => {
		try {
			return readFileSync(join(root, '404.html'));
		} catch {
			return undefined;
		}
	})();
	// The file list is read once, now: the site is built before it is served, and nothing outside it can be named.
	const files = sirv(root, { etag: true, extensions: ['html'], maxAge });
	// Typed for Express, but it reads only Node's own request and response.
	const gzip = compress
		? (compression() as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void)
		: undefined;
	const server = createServer((request, response) => {
		const notFound = () => {
			response.writeHead(404, { 'content-type': notFoundPage ? 'text/html;charset=utf-8' : 'text/plain;charset=utf-8' });
			response.end(notFoundPage ?? 'Not found');
		};
		const url = request.url ?? '/';
		if (!url.startsWith(base)) return notFound();
		request.url = `/${url.slice(base.length)}`;
		if (gzip) gzip(request, response, () => files(request, response, notFound));
		else files(request, response, notFound);
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', done);
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((done) => {
				server.close(() => done());
				// Browsers keep connections open; without this, close waits for them to time out.
				server.closeAllConnections();
			}),
	};
}
