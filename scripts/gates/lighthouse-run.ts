/**
 * Running Lighthouse on a built site (served by `serveDirectory`): the Lighthouse CLI (mobile
 * profile, Lighthouse's default) in the Chromium the tests use. Shared by the Lighthouse gate
 * (scripts/lighthouse.ts) and the benchmark's study guide scores (scripts/bench/).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../chromium.ts';
import { THRESHOLDS, type LighthouseResult } from './lighthouse.ts';

/**
 * One Lighthouse run of `url` in the categories the gate checks, its JSON report written to `output`
 * and returned; undefined (after saying why) when Lighthouse did not finish.
 */
export async function runLighthouse(project: string, url: string, output: string): Promise<LighthouseResult | undefined> {
	const browser = chromiumExecutable();
	// Run apart, not synchronously: the site it loads is served from this process.
	const run = spawn(
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
	const [status] = (await once(run, 'exit')) as [number | null];
	if (status !== 0) {
		console.error(`lighthouse ${url} exited with ${status}`);
		return undefined;
	}
	return JSON.parse(readFileSync(output, 'utf8')) as LighthouseResult;
}
