/**
 * Running Lighthouse on a built site: `astro preview` serving dist, and the Lighthouse CLI (mobile
 * profile, Lighthouse's default) in the Chromium the tests use. Shared by the Lighthouse gate
 * (scripts/lighthouse.ts) and the benchmark's study guide scores (scripts/bench/).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../../tests/support/browser.ts';
import { THRESHOLDS, type LighthouseResult } from './lighthouse.ts';

export interface PreviewServer {
	origin: string;
	/** Stops the server and waits until it is gone: astro preview holds a lock on the project while it runs. */
	stop(): Promise<void>;
}

/** Serves `<project>/dist` with `astro preview` on 127.0.0.1:`port`, once it answers at `base`. */
export async function startPreview(project: string, port: number, base: string): Promise<PreviewServer> {
	const server = spawn(
		process.execPath,
		[join(project, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: project,
			stdio: ['ignore', 'ignore', 'inherit'],
		},
	);
	const origin = `http://127.0.0.1:${port}`;
	const stop = () => stopProcess(server);
	try {
		await waitFor(server, `${origin}${base}`);
	} catch (error) {
		await stop();
		throw error;
	}
	return { origin, stop };
}

async function stopProcess(child: ChildProcess) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = once(child, 'exit');
	child.kill();
	await exited;
}

async function waitFor(server: ChildProcess, url: string) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`astro preview did not answer on ${url} within 60 s`);
}

/** A port nothing listens on at the moment, for a server of one's own. */
export async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as { port: number };
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

/**
 * One Lighthouse run of `url` in the categories the gate checks, its JSON report written to `output`
 * and returned; undefined (after saying why) when Lighthouse did not finish.
 */
export function runLighthouse(project: string, url: string, output: string): LighthouseResult | undefined {
	const browser = chromiumExecutable();
	const run = spawnSync(
		process.execPath,
		[
			join(project, 'node_modules/lighthouse/cli/index.js'),
			url,
			'--quiet',
			'--output=json',
			`--output-path=${output}`,
			`--only-categories=${Object.keys(THRESHOLDS).join(',')}`,
			`--chrome-flags=${['--headless=new', ...(browser.args ?? [])].join(' ')}`,
		],
		{ cwd: project, stdio: 'inherit', env: { ...process.env, CHROME_PATH: browser.executablePath ?? chromium.executablePath() } },
	);
	if (run.status !== 0) {
		console.error(`lighthouse ${url} exited with ${run.status}`);
		return undefined;
	}
	return JSON.parse(readFileSync(output, 'utf8')) as LighthouseResult;
}
