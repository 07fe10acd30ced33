import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { root } from '../support/content-files';
import { freePort } from '../support/free-port';

/** An HTTP server that is not this site, on a free port, as a preview left running elsewhere would be. */
async function foreignServer(): Promise<{ server: Server; port: number }> {
	const port = await freePort();
	const server = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html' });
		response.end('<!doctype html><title>Another project</title><h1>Another project</h1>');
	});
	await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
	return { server, port };
}

/** Runs one of this suite's tests in a Playwright run of its own, with the given environment. */
function playwrightRun(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
	// Its own output folder: a run empties its folder first, and this suite's traces are in test-results/.
	const output = mkdtempSync(join(tmpdir(), 'foreign-server-'));
	const args = [
		'playwright',
		'test',
		'tests/e2e/foundation.spec.ts',
		'--project',
		'chromium',
		'--grep',
		'every learners',
		'--reporter',
		'line',
		'--output',
		output,
	];
	return new Promise((resolve) => {
		const child = spawn('npx', args, {
			cwd: root,
			env: { ...process.env, CI: '', DEVOPS_PATH_REUSE_SERVER: '', ...env },
		});
		let text = '';
		child.stdout.on('data', (chunk) => (text += chunk));
		child.stderr.on('data', (chunk) => (text += chunk));
		child.on('close', (status) => {
			rmSync(output, { recursive: true, force: true });
			resolve({ status, output: text });
		});
	});
}

test('a browser test run refuses a server it did not start instead of testing it', async () => {
	test.setTimeout(120_000);
	const { server, port } = await foreignServer();
	try {
		const run = await playwrightRun({ DEVOPS_PATH_TEST_PORT: String(port) });
		expect(run.status, run.output).not.toBe(0);
		expect(run.output).toContain(`http://127.0.0.1:${port}/ is already used`);
		expect(run.output).not.toMatch(/\b1 passed\b/);
	} finally {
		server.close();
	}
});

test('DEVOPS_PATH_REUSE_SERVER=1 tests whatever answers on the port, which is why it is opt-in', async () => {
	test.setTimeout(120_000);
	const { server, port } = await foreignServer();
	try {
		const run = await playwrightRun({ DEVOPS_PATH_TEST_PORT: String(port), DEVOPS_PATH_REUSE_SERVER: '1' });
		// The foreign page has no sidebar: the test ran against it, and failed there.
		expect(run.output).not.toContain('is already used');
		expect(run.output).toMatch(/\b1 failed\b/);
	} finally {
		server.close();
	}
});
