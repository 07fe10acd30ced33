import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { readBuiltSite } from '../../src/lib/hosting/deploy-headers';
import { renderNginxConfig } from '../../src/lib/hosting/nginx-config';
import { root } from './content-files';

/** The system nginx: $NGINX_PATH, else Debian's /usr/sbin/nginx, else one on PATH. */
export function nginxBinary(): string {
	const candidates = [
		process.env.NGINX_PATH,
		'/usr/sbin/nginx',
		...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
	];
	const found = candidates.find((path) => path && existsSync(path));
	if (process.env.NGINX_PATH && found !== process.env.NGINX_PATH)
		throw new Error(`NGINX_PATH is ${process.env.NGINX_PATH}, but no file exists there.`);
	if (!found)
		throw new Error(
			'No nginx found for the hosting tests. Install it (Debian/Ubuntu: `sudo apt-get install nginx`) or point NGINX_PATH at the binary.',
		);
	return found;
}

export interface RunningNginx {
	origin: string;
	base: string;
	/** The server block exactly as `npm run deploy:nginx` writes it for this build. */
	siteConfig: string;
	stop(): Promise<void>;
}

/**
 * Serves a build through real nginx on 127.0.0.1 with the project's own server block
 * (deploy/nginx/site.conf.template), in the foreground as a child of the test process. Its pid,
 * logs and temporary files live in a fresh temporary folder, removed on stop.
 */
export async function startNginx(dist: string, port: number): Promise<RunningNginx> {
	const dir = mkdtempSync(join(tmpdir(), 'devops-path-nginx-'));
	// Worker processes run as an unprivileged user when the tests run as root.
	chmodSync(dir, 0o755);
	const site = readBuiltSite(dist);
	const template = readFileSync(join(root, 'deploy', 'nginx', 'site.conf.template'), 'utf8');
	const siteConfig = renderNginxConfig(template, site, { dist, listen: `127.0.0.1:${port}`, serverName: 'localhost' });
	writeFileSync(join(dir, 'site.conf'), siteConfig);
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `\t${kind}_temp_path ${join(dir, kind)};`).join('\n');
	writeFileSync(
		join(dir, 'nginx.conf'),
		[
			'worker_processes 1;',
			`pid ${join(dir, 'nginx.pid')};`,
			`error_log ${join(dir, 'error.log')} warn;`,
			'events { worker_connections 256; }',
			'http {',
			'\tinclude /etc/nginx/mime.types;',
			'\tdefault_type application/octet-stream;',
			'\taccess_log off;',
			temp,
			`\tinclude ${join(dir, 'site.conf')};`,
			'}',
			'',
		].join('\n'),
	);
	const child = spawn(nginxBinary(), ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr!.on('data', (chunk) => (stderr += chunk));
	const origin = `http://127.0.0.1:${port}`;
	const failure = () => {
		const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
		return `nginx did not start on ${origin}: ${stderr}${log}`.trim();
	};
	try {
		await waitUntilServing(`${origin}${site.base}`, child, failure);
	} catch (error) {
		await stopChild(child);
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
	return {
		origin,
		base: site.base,
		siteConfig,
		stop: async () => {
			await stopChild(child);
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

async function waitUntilServing(url: string, child: ChildProcess, failure: () => string) {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(failure());
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(failure());
}

function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		// TERM is nginx's fast shutdown: the master stops its workers and exits.
		child.kill('SIGTERM');
	});
}
