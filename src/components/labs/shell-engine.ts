import { Bash, defineCommand } from 'just-bash/browser';
import type { ShellLab } from '../../schemas/lab';
import { createShellSession } from '../../lib/labs/shell-session';

/** Loaded on "Start lab" only: the browser build of just-bash is most of a lab's weight. */
export function startShell(lab: ShellLab, passed: Iterable<string>) {
	return createShellSession(lab, { Bash, defineCommand }, passed);
}
