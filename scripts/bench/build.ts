/**
 * Runs `astro build` in a prepared project and measures its wall time, CPU time and peak memory.
 * Memory is sampled from /proc for the whole process tree (Astro and the Pagefind binary it
 * starts), so no extra tool is needed; each process's own high-water mark (VmHWM) covers peaks
 * between samples. CPU time hardly changes when other work shares the machine, wall time does.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
	wallMs: number;
	/** User + system CPU time of the build and every process it waited for. */
	cpuMs: number;
	/** Peak resident memory of the build's process tree, in bytes. */
	peakRssBytes: number;
}

const SAMPLE_EVERY_MS = 50;

export async function runBuild(dir: string, env: Record<string, string>): Promise<BuildResult> {
	const started = performance.now();
	const cpuBefore = childrenCpuMs();
	const child = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let peak = 0;
	const highWater = new Map<number, number>();
	const sample = () => {
		if (child.pid === undefined) return;
		let sum = 0;
		for (const pid of processTree(child.pid)) {
			const status = readStatus(pid);
			if (!status) continue;
			sum += status.rss;
			highWater.set(pid, status.hwm);
		}
		peak = Math.max(peak, sum, ...highWater.values());
	};
	const timer = setInterval(sample, SAMPLE_EVERY_MS);
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	});
	const wallMs = performance.now() - started;
	clearInterval(timer);
	const cpuMs = childrenCpuMs() - cpuBefore;
	if (code !== 0) {
		throw new Error(`astro build in ${dir} exited with ${code}; last output:\n${output.split('\n').slice(-40).join('\n')}`);
	}
	return { wallMs, cpuMs, peakRssBytes: peak };
}

let ticksPerSecond: number | undefined;

/** CPU time of this process's finished children (cutime + cstime in /proc/self/stat), which the kernel adds up when they exit. */
function childrenCpuMs(): number {
	ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
	const fields = readFileSync('/proc/self/stat', 'utf8')
		.replace(/^.*\) /s, '')
		.split(' ');
	return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
}

/** The process and all its descendants, from /proc/<pid>/task/<tid>/children. */
function processTree(root: number): number[] {
	const tree: number[] = [];
	const queue = [root];
	while (queue.length) {
		const pid = queue.shift()!;
		tree.push(pid);
		let tasks: string[];
		try {
			tasks = readdirSync(`/proc/${pid}/task`);
		} catch {
			continue;
		}
		for (const task of tasks) {
			try {
				const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
				if (children) queue.push(...children.split(/\s+/).map(Number));
			} catch {
				// The task ended between listing and reading.
			}
		}
	}
	return tree;
}

function readStatus(pid: number): { rss: number; hwm: number } | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
		return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
	} catch {
		return undefined;
	}
}
