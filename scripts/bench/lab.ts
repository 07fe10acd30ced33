/**
 * The generated course's one lab: a shell lab over a generated web server log, shown in one
 * generated lesson, so the benchmark weighs a lab page as learners get it. Deterministic: the
 * same random sequence gives the same log, tasks and answers.
 */
import type { ShellLab } from '../../src/schemas/lab.ts';

/** The lab's file name (content/labs/<id>.yaml) and id. */
export const BENCH_LAB_ID = 'bench-log-triage';

const LOG = '/var/log/nginx/access.log';
const LOG_LINES = 240;
const CLIENTS = ['192.0.2.10', '192.0.2.11', '192.0.2.54', '198.51.100.4', '198.51.100.23', '203.0.113.5', '203.0.113.77'];
const PATHS = ['/', '/login', '/cart', '/products', '/products/42', '/api/search', '/api/checkout', '/static/app.js'];
const STATUSES = [200, 200, 200, 200, 200, 200, 301, 404, 500, 502, 503];
const AGENTS = ['Mozilla/5.0 (X11; Linux x86_64)', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)', 'curl/8.5.0'];

interface Request {
	client: string;
	path: string;
	status: number;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Counts per value, largest first; ties keep first-seen order. */
function tally(values: readonly string[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Whether one value is counted strictly more often than every other. */
const hasSingleTop = (counts: [string, number][]) => counts.length > 0 && (counts.length === 1 || counts[0]![1] > counts[1]![1]);

function logLine({ client, path, status }: Request, i: number, random: () => number): string {
	const seconds = i * 7;
	const time = `01/Dec/2026:14:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')} +0000`;
	const method = path.startsWith('/api/checkout') || path === '/login' ? 'POST' : 'GET';
	const size = status >= 400 ? 150 + Math.floor(random() * 40) : 500 + Math.floor(random() * 8000);
	return `${client} - - [${time}] "${method} ${path} HTTP/1.1" ${status} ${size} "-" "${pick(random, AGENTS)}"`;
}

/** A shell lab attached to `lessonKey`, whose reference solution passes every task (checked by verifyLab in the unit tests). */
export function benchLab(lessonKey: string, random: () => number): ShellLab {
	const requests: Request[] = Array.from({ length: LOG_LINES }, () => ({
		client: pick(random, CLIENTS),
		path: pick(random, PATHS),
		status: pick(random, STATUSES),
	}));
	const errors = () => requests.filter((r) => r.status >= 500);
	// One client and one path stand out, as in a real incident; more of the same until each leads alone.
	while (
		!hasSingleTop(tally(errors().map((r) => r.client))) ||
		!hasSingleTop(tally(requests.filter((r) => r.status === 500).map((r) => r.path)))
	) {
		requests.push({ client: CLIENTS[4]!, path: '/api/checkout', status: 500 });
	}
	const [topClient, topClientErrors] = tally(errors().map((r) => r.client))[0]!;
	const [topPath, topPathErrors] = tally(requests.filter((r) => r.status === 500).map((r) => r.path))[0]!;
	const log = requests.map((request, i) => logLine(request, i, random)).join('\n');
	return {
		title: 'Find who is getting errors from the web server',
		lesson: lessonKey,
		kind: 'shell',
		cwd: '/home/learner',
		scenario: `Checkout fails "sometimes". The web server's access log is in \`${LOG}\`: one request per line, the status code in field 9.`,
		files: [{ path: LOG, content: `${log}\n` }],
		state: {},
		commands: [],
		tasks: [
			{
				id: 'count-server-errors',
				prompt: 'How many requests ended with a server error (status 500 to 599)? Print just the number.',
				hints: [`\`awk '$9 >= 500' ${LOG} | wc -l\` counts them.`],
				checks: [{ kind: 'output', matches: `^\\s*${errors().length}\\s*$` }],
			},
			{
				id: 'top-error-client',
				prompt: 'Which client address received the most server errors? Count errors per address with a pipeline.',
				hints: ['Print field 1 of the error lines, then `sort | uniq -c | sort -rn`.'],
				checks: [{ kind: 'output', command: '\\|', matches: `^\\s*${topClientErrors} ${escapeRegExp(topClient)}\\s*$` }],
			},
			{
				id: 'write-report',
				prompt: 'Write the paths that answered 500, counted and busiest first, into `/home/learner/report.txt`.',
				hints: ["The path is field 7; `>` writes a pipeline's output to a file."],
				checks: [{ kind: 'file', path: '/home/learner/report.txt', matches: `^\\s*${topPathErrors} ${escapeRegExp(topPath)}\\s*$` }],
			},
		],
		solution: {
			commands: [
				`awk '$9 >= 500' ${LOG} | wc -l`,
				`awk '$9 >= 500 {print $1}' ${LOG} | sort | uniq -c | sort -rn | head -3`,
				`awk '$9 == 500 {print $7}' ${LOG} | sort | uniq -c | sort -rn > /home/learner/report.txt`,
			],
		},
	};
}
