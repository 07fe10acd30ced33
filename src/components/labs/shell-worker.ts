import { Bash, defineCommand } from 'just-bash/browser';
import { createShellSession, type ShellSession } from '../../lib/labs/shell-session';
import type { ShellRequest, WorkerScope } from './worker-protocol';

const scope = self as unknown as WorkerScope;

/**
 * The lab's shell, in a worker: the browser build of just-bash is most of a lab's weight and
 * loads only on "Start lab", and a long command never freezes the page.
 */
let session: ShellSession | undefined;

scope.onmessage = async ({ data }: MessageEvent<ShellRequest>) => {
	if (data.type === 'start') {
		session = createShellSession(data.lab, { Bash, defineCommand }, data.passed);
		scope.postMessage({ id: data.id });
	} else if (session) {
		scope.postMessage({ id: data.id, result: await session.run(data.line) });
	}
};
