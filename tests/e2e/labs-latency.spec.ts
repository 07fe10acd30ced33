import { expect, test } from './fixtures';

/**
 * How fast the shipped shell answers, in real Chromium: the lab's own worker bundle, started on
 * generated access logs, timed from the request to the reply (what the learner waits for).
 * Budgets from the labs issue: under 100 ms on a few thousand log lines, under 1 s on 1 MB.
 */
function accessLog(bytes: number): string {
	const addresses = ['203.0.113.7', '198.51.100.23', '192.0.2.44', '203.0.113.91', '198.51.100.5'];
	const paths = ['/api/orders', '/api/cart', '/login', '/static/app.js', '/api/search?q=shoes'];
	const lines: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const status = i % 23 === 0 ? 502 : i % 11 === 0 ? 404 : 200;
		const line = `${addresses[i % 5]} - - [24/Nov/2026:09:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} +0000] "GET ${paths[i % 5]} HTTP/1.1" ${status} ${1000 + (i % 700)} "-" "Mozilla/5.0"`;
		lines.push(line);
		size += line.length + 1;
	}
	return `${lines.join('\n')}\n`;
}

const COMMANDS = [
	"grep -c ' 502 ' access.log",
	"awk '$9 >= 500 {print $1}' access.log | sort | uniq -c | sort -rn | head -3",
	"cut -d' ' -f7 access.log | sort | uniq -c | sort -rn",
	'tail -n 20 access.log',
];

test('a lab command answers within 100 ms on a few thousand lines and within 1 s on a 1 MB log', async ({ page }, testInfo) => {
	test.slow();
	await page.goto('/linux/');
	const workerStarted = page.waitForEvent('worker');
	const lab = page.locator('dp-lab[data-lab="nginx-log-triage"]');
	await lab.getByRole('button', { name: 'Start lab' }).click();
	const workerUrl = (await workerStarted).url();
	await expect(lab.locator('[data-workspace]')).toBeVisible({ timeout: 30_000 });

	const logs = { usual: accessLog(350_000), large: accessLog(1_000_000) };
	const timings = await page.evaluate(
		async ({ workerUrl, logs, commands }) => {
			const worker = new Worker(workerUrl, { type: 'module' });
			let next = 0;
			const call = (request: object) =>
				new Promise<{ result?: { output: { text: string } } }>((resolve) => {
					const id = ++next;
					const listen = ({ data }: MessageEvent) => {
						if (data.id !== id) return;
						worker.removeEventListener('message', listen);
						resolve(data);
					};
					worker.addEventListener('message', listen);
					worker.postMessage({ ...request, id });
				});
			const results: Record<string, { lines: number; medianMs: number; slowestMs: number; firstOutput: string }> = {};
			for (const [name, log] of Object.entries(logs)) {
				await call({
					type: 'start',
					passed: [],
					lab: {
						kind: 'shell',
						cwd: '/var/log/nginx',
						files: [{ path: '/var/log/nginx/access.log', content: log }],
						state: {},
						commands: [],
						tasks: [],
					},
				});
				// One warm-up run: the first command of a session also compiles the shell's code.
				await call({ type: 'run', line: 'wc -l access.log' });
				const times: number[] = [];
				let firstOutput = '';
				for (const line of commands) {
					const started = performance.now();
					const reply = await call({ type: 'run', line });
					times.push(performance.now() - started);
					firstOutput ||= reply.result?.output.text ?? '';
				}
				const sorted = [...times].sort((a, b) => a - b);
				results[name] = {
					lines: log.split('\n').length - 1,
					medianMs: sorted[Math.floor(sorted.length / 2)]!,
					slowestMs: sorted.at(-1)!,
					firstOutput,
				};
			}
			worker.terminate();
			return results;
		},
		{ workerUrl, logs, commands: COMMANDS },
	);
	await testInfo.attach('lab-command-latency.json', { body: JSON.stringify(timings, null, 2), contentType: 'application/json' });
	console.log(
		`lab command latency in Chromium: ${JSON.stringify(timings, (key, value) => (key === 'firstOutput' ? undefined : typeof value === 'number' ? Math.round(value) : value))}`,
	);

	// The commands ran on the generated log, not on an empty file.
	expect(Number(timings.usual!.firstOutput.trim())).toBeGreaterThan(100);
	expect(timings.usual!.lines).toBeGreaterThan(2_000);
	expect(timings.large!.lines).toBeGreaterThan(7_000);
	expect(timings.usual!.medianMs, 'median command on a few thousand lines').toBeLessThan(100);
	expect(timings.large!.slowestMs, 'slowest command on a 1 MB log').toBeLessThan(1_000);
});
