import { Bash, defineCommand } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { joinInvocation, normaliseCommandLine } from '../../src/lib/labs/command-line';
import { shellWords } from '../../src/lib/labs/shell-words';
import { checkConfig } from '../../src/lib/labs/config-check';
import { parseDocumentPath, resolveDocumentPath } from '../../src/lib/labs/document-path';
import { limitOutput } from '../../src/lib/labs/output-limit';
import { answerScripted, stateHolds } from '../../src/lib/labs/scripted';
import { checkPasses, type CommandOutcome } from '../../src/lib/labs/shell-checks';
import { createShellSession } from '../../src/lib/labs/shell-session';
import { textMatches } from '../../src/lib/labs/text-match';
import { verifyLab } from '../../src/lib/labs/verify';
import { ConfigLabSchema, LabSchema, ShellLabSchema, type ConfigLab, type ShellLab } from '../../src/schemas/lab';

const engine = { Bash, defineCommand };

function outcome(over: Partial<CommandOutcome> = {}): CommandOutcome {
	const files: Record<string, string> = { '/home/learner/report.txt': '  7 /api/checkout\n' };
	return { commandLine: 'echo hi', output: '', readFile: async (path) => files[path], state: {}, ...over };
}

describe('command lines', () => {
	it('normalises spacing outside quotes and keeps quoted text as typed', () => {
		expect(normaliseCommandLine('  tail   -n 50\tapp.log  ')).toBe('tail -n 50 app.log');
		expect(normaliseCommandLine("grep  'a   b'   x")).toBe("grep 'a   b' x");
		expect(normaliseCommandLine('echo "x  \\" y"   z')).toBe('echo "x  \\" y" z');
	});
	it('splits words as a shell does', () => {
		expect(shellWords(`awk '$9 >= 500 {print $1}'  "access log" a\\ b ''`)).toEqual([
			'awk',
			'$9 >= 500 {print $1}',
			'access log',
			'a b',
			'',
		]);
	});
	it('joins a program and its arguments into the line scripted patterns match', () => {
		expect(joinInvocation('kubectl', ['get', 'pods', ' -o ', 'wide'])).toBe('kubectl get pods -o wide');
	});
});

describe('text matches', () => {
	it('takes a regular expression whose ^ and $ match at each line', () => {
		expect(textMatches('a\n  10\nb', { matches: '^\\s*10$' })).toBe(true);
		expect(textMatches('a 10 b', { matches: '^\\s*10$' })).toBe(false);
	});
	it('takes literal text, and both must hold when both are given', () => {
		expect(textMatches('x /api/checkout y', { contains: '/api/checkout' })).toBe(true);
		expect(textMatches('x /api/checkout y', { contains: '/api/checkout', matches: '^y' })).toBe(false);
	});
	it('never holds when it asks for nothing', () => {
		expect(textMatches('anything', {})).toBe(false);
	});
});

describe('output limit', () => {
	it('keeps output under the limit whole', () => {
		expect(limitOutput('abc\n', 10)).toEqual({ text: 'abc\n', cut: 0 });
	});
	it('cuts at a line break near the limit and counts what it left out', () => {
		const text = `${'x'.repeat(95)}\n${'y'.repeat(50)}`;
		expect(limitOutput(text, 100)).toEqual({ text: `${'x'.repeat(95)}\n`, cut: 50 });
		expect(limitOutput('z'.repeat(300), 100)).toEqual({ text: 'z'.repeat(100), cut: 200 });
	});
});

describe('shell checks', () => {
	it('output: passes on matching output, fails on other output', async () => {
		const check = { kind: 'output', matches: '^\\s*10\\s*$' } as const;
		expect(await checkPasses(check, outcome({ output: '10\n' }))).toBe(true);
		expect(await checkPasses(check, outcome({ output: '100\n' }))).toBe(false);
	});
	it('output with command: the normalised command line must match too', async () => {
		const check = { kind: 'output', command: 'sort \\| uniq -c', contains: '7 198.51.100.23' } as const;
		expect(await checkPasses(check, outcome({ commandLine: 'cut -d" " -f1 f |  sort   |  uniq -c', output: '  7 198.51.100.23' }))).toBe(
			true,
		);
		expect(await checkPasses(check, outcome({ commandLine: 'echo "  7 198.51.100.23"', output: '  7 198.51.100.23' }))).toBe(false);
	});
	it('file: passes when the file holds matching text, fails when it does not or is missing', async () => {
		expect(await checkPasses({ kind: 'file', path: '/home/learner/report.txt', matches: '^\\s*7 /api/checkout$' }, outcome())).toBe(true);
		expect(await checkPasses({ kind: 'file', path: '/home/learner/report.txt', contains: '/login' }, outcome())).toBe(false);
		expect(await checkPasses({ kind: 'file', path: '/home/learner/missing.txt', contains: 'x' }, outcome())).toBe(false);
	});
	it('state: passes when the state holds the value, fails otherwise', async () => {
		expect(await checkPasses({ kind: 'state', key: 'rolledBack', equals: true }, outcome({ state: { rolledBack: true } }))).toBe(true);
		expect(await checkPasses({ kind: 'state', key: 'rolledBack', equals: true }, outcome({ state: { rolledBack: 'true' } }))).toBe(false);
		expect(await checkPasses({ kind: 'state', key: 'rolledBack', equals: true }, outcome())).toBe(false);
	});
});

const crashLoop = ShellLabSchema.parse({
	title: 'Roll back',
	lesson: 'fundamentals-containers-kubernetes',
	kind: 'shell',
	scenario: 'Pods crash.',
	files: [{ path: '/home/learner/notes.txt', content: 'deploy at 14:02\n' }],
	state: { rolledBack: false },
	commands: [
		{ pattern: '^kubectl get pods$', when: { rolledBack: false }, output: 'web-1   0/1   CrashLoopBackOff   6\n' },
		{ pattern: '^kubectl get pods$', output: 'web-2   1/1   Running   0\n' },
		{ pattern: '^kubectl rollout undo deployment/web$', output: 'deployment.apps/web rolled back\n', set: { rolledBack: true } },
		{ pattern: '^kubectl delete', output: 'refused\n', exitCode: 1 },
	],
	tasks: [
		{
			id: 'see-crash',
			prompt: 'Find the crashing pod.',
			checks: [{ kind: 'output', command: '^kubectl get pods', contains: 'CrashLoopBackOff' }],
		},
		{ id: 'roll-back', prompt: 'Roll back.', checks: [{ kind: 'state', key: 'rolledBack', equals: true }] },
		{ id: 'count-running', prompt: 'Count running pods.', checks: [{ kind: 'output', command: '\\|', matches: '^1$' }] },
	],
	solution: { commands: ['kubectl get pods', 'kubectl rollout undo deployment/web', 'kubectl get pods | grep -c Running'] },
}) as ShellLab;

describe('scripted commands', () => {
	it('answer with the first entry whose pattern and state hold, and apply its state change', () => {
		expect(answerScripted(crashLoop.commands, { rolledBack: false }, 'kubectl get pods')?.output).toContain('CrashLoopBackOff');
		expect(answerScripted(crashLoop.commands, { rolledBack: true }, 'kubectl get pods')?.output).toContain('Running');
		expect(answerScripted(crashLoop.commands, { rolledBack: false }, 'kubectl rollout undo deployment/web')?.state).toEqual({
			rolledBack: true,
		});
		expect(answerScripted(crashLoop.commands, {}, 'kubectl get nodes')).toBeUndefined();
	});
	it('check `when` against the state', () => {
		expect(stateHolds({ a: 1, b: 'x' }, { a: 1 })).toBe(true);
		expect(stateHolds({ a: 1 }, { a: 2 })).toBe(false);
		expect(stateHolds({}, undefined)).toBe(true);
	});
});

describe('shell session (just-bash)', () => {
	it('runs scripted programs inside pipelines, changes state, and passes tasks as they are done', async () => {
		const session = createShellSession(crashLoop, engine);
		const first = await session.run('  kubectl   get  pods ');
		expect(first.output.text).toContain('CrashLoopBackOff');
		expect(first.passed).toEqual(['see-crash']);
		expect((await session.run('kubectl get "pods"')).output.text).toContain('CrashLoopBackOff');
		expect((await session.run('kubectl get pods | grep -c Running')).passed).toEqual([]);
		const undo = await session.run('kubectl rollout undo deployment/web');
		expect(undo.passed).toEqual(['roll-back']);
		expect(session.state).toEqual({ rolledBack: true });
		const after = await session.run('kubectl get pods | grep -c Running');
		expect(after.output.text).toBe('1\n');
		expect(after.passed).toEqual(['count-running']);
		expect([...session.passed]).toEqual(['see-crash', 'roll-back', 'count-running']);
	});
	it('answers an unscripted invocation with a message and keeps the exit status of scripted failures', async () => {
		const session = createShellSession(crashLoop, engine);
		const unknown = await session.run('kubectl get nodes');
		expect(unknown.exitCode).toBe(1);
		expect(unknown.output.text).toBe('kubectl: this lab has no answer for "kubectl get nodes"\n');
		expect((await session.run('kubectl delete pod web-1')).exitCode).toBe(1);
	});
	it('keeps files the learner writes between commands', async () => {
		const session = createShellSession(crashLoop, engine);
		await session.run('grep deploy notes.txt > found.txt');
		expect(await session.readFile('/home/learner/found.txt')).toBe('deploy at 14:02\n');
		expect(await session.readFile('/nope')).toBeUndefined();
	});
	it('starts with the tasks already passed in earlier visits', async () => {
		const session = createShellSession(crashLoop, engine, ['roll-back']);
		expect([...session.passed]).toEqual(['roll-back']);
	});
	it('stops a runaway loop with a message', { timeout: 30_000 }, async () => {
		const result = await createShellSession(crashLoop, engine).run('while true; do :; done');
		// The command-count limit stops it; on a very busy machine the time limit may come first.
		expect([124, 126]).toContain(result.exitCode);
		expect(result.stopped).toMatch(/too many commands|deadline/);
	});
	it('cuts a huge output to the shown limit', { timeout: 30_000 }, async () => {
		// 60,001 lines of 7 characters: 420,007 characters.
		const result = await createShellSession(crashLoop, engine).run('seq 100000 160000');
		expect(result.output.text.length).toBeLessThanOrEqual(200_000);
		expect(result.output.text).toMatch(/^100000\n100001\n[\s\S]*\n$/);
		expect(result.output.cut).toBe(420_007 - result.output.text.length);
	});
});

describe('document paths', () => {
	const doc = { spec: { containers: [{ name: 'a', image: 'x' }, { name: 'b' }] } };
	it('parse keys, indexes and [*]', () => {
		expect(parseDocumentPath('spec.containers[*].ports[0].containerPort')).toEqual([
			'spec',
			'containers',
			'*',
			'ports',
			0,
			'containerPort',
		]);
	});
	it('expand [*] to every item and mark what is missing with the deepest part that exists', () => {
		expect(resolveDocumentPath(doc, parseDocumentPath('spec.containers[*].image'))).toEqual([
			{ at: ['spec', 'containers', 0, 'image'], found: true, value: 'x', deepest: ['spec', 'containers', 0, 'image'] },
			{ at: ['spec', 'containers', 1, 'image'], found: false, value: undefined, deepest: ['spec', 'containers', 1] },
		]);
	});
	it('treat [*] over an empty or missing list as missing, never as vacuously true', () => {
		expect(resolveDocumentPath({ spec: { containers: [] } }, parseDocumentPath('spec.containers[*].image'))[0]!.found).toBe(false);
		expect(resolveDocumentPath({}, parseDocumentPath('spec.containers[*].image'))[0]!.found).toBe(false);
	});
});

const manifest = (container: string) => `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
${container}`;
const configLab = (format: 'yaml' | 'text', checks: unknown[]) =>
	ConfigLabSchema.parse({
		title: 'T',
		lesson: 'fundamentals-linux',
		kind: 'config',
		file: '/f',
		format,
		scenario: 'S',
		files: [{ path: '/f', content: '' }],
		tasks: [{ id: 't', prompt: 'P', checks }],
		solution: { file: 'x' },
	}) as ConfigLab;

describe('config rules', () => {
	const good = manifest(
		'        - name: web\n          image: web:1.2\n          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n',
	);
	const bad = manifest(
		'        - name: web\n          image: web:latest\n          readinessProbe:\n            httpGet:\n              path: /\n              port: "8080"\n',
	);
	it('path equals: passes on the value, fails with the line of the wrong value', () => {
		const lab = configLab('yaml', [
			{ kind: 'path', path: 'spec.template.spec.containers[*].readinessProbe.httpGet.path', equals: '/healthz', message: 'probe path' },
		]);
		expect(checkConfig(lab, good).tasks[0]!.rules).toEqual([{ passed: true, message: 'probe path' }]);
		expect(checkConfig(lab, bad).tasks[0]!.rules).toEqual([{ passed: false, message: 'probe path', line: 11 }]);
	});
	it('path exists and matches: a missing value points at the nearest part that exists', () => {
		const lab = configLab('yaml', [
			{ kind: 'path', path: 'spec.template.spec.containers[*].resources.limits.memory', matches: '^\\d+Mi$', message: 'memory limit' },
			{ kind: 'path', path: 'spec.template.spec.containers[0].securityContext', exists: false, message: 'no context' },
		]);
		const [memory, context] = checkConfig(lab, good).tasks[0]!.rules;
		expect(memory).toEqual({ passed: false, message: 'memory limit', line: 7 });
		expect(context).toEqual({ passed: true, message: 'no context' });
		const withLimit = manifest('        - name: web\n          resources:\n            limits:\n              memory: 256Mi\n');
		expect(checkConfig(lab, withLimit).tasks[0]!.passed).toBe(true);
	});
	it('schema: passes a valid part, fails an invalid one at the line of the offending value', () => {
		const lab = configLab('yaml', [
			{
				kind: 'schema',
				at: 'spec.template.spec.containers[*]',
				schema: { properties: { readinessProbe: { properties: { httpGet: { properties: { port: { type: 'integer' } } } } } } },
				message: 'port is a number',
			},
		]);
		expect(checkConfig(lab, good).tasks[0]!.passed).toBe(true);
		expect(checkConfig(lab, bad).tasks[0]!.rules).toEqual([{ passed: false, message: 'port is a number', line: 12 }]);
	});
	it('schema over the whole document: a missing required key fails', () => {
		const lab = configLab('yaml', [{ kind: 'schema', schema: { required: ['metadata'] }, message: 'needs metadata' }]);
		expect(checkConfig(lab, good).tasks[0]!.rules[0]!.passed).toBe(false);
		expect(checkConfig(lab, `metadata: {}\n${good}`).tasks[0]!.rules[0]!.passed).toBe(true);
	});
	it('line and no-line: pass and fail, no-line pointing at the first offending line', () => {
		const lab = configLab('text', [
			{ kind: 'line', matches: '^USER \\w+', message: 'run as a user' },
			{ kind: 'no-line', matches: '^FROM \\S+:latest', message: 'pin the base' },
		]);
		expect(checkConfig(lab, 'FROM node:22\nUSER node\n').tasks[0]!.rules).toEqual([
			{ passed: true, message: 'run as a user', line: 2 },
			{ passed: true, message: 'pin the base' },
		]);
		expect(checkConfig(lab, 'RUN x\nFROM node:latest\n').tasks[0]!.rules).toEqual([
			{ passed: false, message: 'run as a user' },
			{ passed: false, message: 'pin the base', line: 2 },
		]);
	});
	it('reports a YAML syntax error with its line and judges no rule', () => {
		const lab = configLab('yaml', [{ kind: 'schema', schema: {}, message: 'm' }]);
		const result = checkConfig(lab, 'a: 1\nb:\n  - x\n  y: [\n');
		expect(result.parseError?.line).toBeGreaterThanOrEqual(3);
		expect(result.tasks).toEqual([{ id: 't', passed: false, rules: [] }]);
		expect(checkConfig(lab, 'a: 1\na: 2\n').parseError).toMatchObject({ line: 2 });
	});
});

describe('lab schema', () => {
	const issues = (data: unknown) => {
		const parsed = LabSchema.safeParse(data);
		return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	};
	const shell = {
		title: 'T',
		lesson: 'x',
		kind: 'shell',
		scenario: 'S',
		files: [{ path: '/a', content: '' }],
		tasks: [{ id: 't', prompt: 'P', checks: [{ kind: 'output', contains: 'x' }] }],
		solution: { commands: ['echo x'] },
	};
	it('accepts a minimal shell lab', () => {
		expect(issues(shell)).toEqual([]);
	});
	it('names duplicate task ids, duplicate files, bad regular expressions, unscriptable patterns and empty checks', () => {
		expect(issues({ ...shell, tasks: [shell.tasks[0], shell.tasks[0]] })).toEqual([
			'tasks.1.id: duplicate task id "t": progress is stored by task id',
		]);
		expect(issues({ ...shell, files: [shell.files[0], shell.files[0]] })).toEqual(['files.1.path: duplicate file "/a"']);
		expect(issues({ ...shell, tasks: [{ ...shell.tasks[0], checks: [{ kind: 'output', matches: '(' }] }] })[0]).toMatch(
			/^tasks\.0\.checks\.0\.matches: is not a valid regular expression "\("/,
		);
		expect(issues({ ...shell, commands: [{ pattern: 'kubectl get pods' }] })).toEqual([
			'commands.0.pattern: "kubectl get pods" must start with "^" and the program name, e.g. "^kubectl get pods$"',
		]);
		expect(issues({ ...shell, tasks: [{ ...shell.tasks[0], checks: [{ kind: 'file', path: '/a' }] }] })).toEqual([
			'tasks.0.checks.0: task "t": a file check needs `matches` or `contains`',
		]);
	});
	it('names a config lab whose file is not among its files, and path rules on a text file', () => {
		const config = {
			...shell,
			kind: 'config',
			file: '/b',
			format: 'text',
			tasks: [{ id: 't', prompt: 'P', checks: [{ kind: 'path', path: 'a.b', exists: true, message: 'm' }] }],
			solution: { file: 'x' },
		};
		expect(issues(config)).toEqual([
			'file: "/b" is not one of the lab\'s files',
			'tasks.0.checks.0.kind: task "t": "path" rules need `format: yaml`; a text file takes "line" and "no-line" rules',
		]);
	});
});

describe('verifyLab', () => {
	it('passes a sound lab', async () => {
		expect(await verifyLab(crashLoop, engine)).toEqual([]);
	});
	it('names a task the reference solution does not pass', async () => {
		const broken = { ...crashLoop, solution: { commands: ['kubectl get pods'] } };
		expect(await verifyLab(broken, engine)).toEqual([
			'solution.commands: do not pass task "roll-back"',
			'solution.commands: do not pass task "count-running"',
		]);
	});
	it('names a task that printing the starting files already passes', async () => {
		const loose = {
			...crashLoop,
			tasks: [...crashLoop.tasks, { id: 'loose', prompt: 'P', hints: [], checks: [{ kind: 'output' as const, contains: 'deploy' }] }],
		};
		expect(await verifyLab(loose, engine)).toEqual(['tasks "loose": printing the starting files already passes it']);
	});
	it('names a config solution that fails a rule, and a task the starting file already passes', async () => {
		const lab = {
			...configLab('text', [{ kind: 'line', matches: '^USER', message: 'run as a user' }]),
			files: [{ path: '/f', content: 'USER root\n' }],
			solution: { file: 'FROM x\n' },
		};
		expect(await verifyLab(lab, engine)).toEqual([
			'solution.file: fails task "t": run as a user',
			'tasks "t": the starting file already passes it',
		]);
	});
});
