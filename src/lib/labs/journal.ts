import type { Message } from '../locale/messages';

/**
 * A shell lab's command journal: the command lines a learner ran, kept in localStorage so that a
 * reload runs them again on the starting files and the learner finds their files, scenario state
 * and terminal as they left them. Replaying is exact because the shell and the scripted programs
 * are deterministic; storing commands rather than files also keeps a lab with a 1 MB log small.
 */

/** Bounds that keep a journal well inside localStorage and a replay short. */
export const JOURNAL_LIMITS = { commands: 300, chars: 60_000 } as const;

const VERSION = 1;

export type JournalRead = { commands: string[] } | { commands: []; problem: Message };

/** The commands stored under a lab's key; nothing stored is an empty journal, not a problem. */
export function readJournal(raw: string | null): JournalRead {
	if (raw === null) return { commands: [] };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { commands: [], problem: { key: 'problems.journal.notJson' } };
	}
	if (typeof parsed !== 'object' || parsed === null || (parsed as { version?: unknown }).version !== VERSION) {
		return { commands: [], problem: { key: 'problems.journal.notJournal', values: { version: VERSION } } };
	}
	const commands = (parsed as { commands?: unknown }).commands;
	if (!Array.isArray(commands) || !commands.every((line) => typeof line === 'string' && line.trim() !== '')) {
		return { commands: [], problem: { key: 'problems.journal.notCommands' } };
	}
	return { commands: commands.slice(0, JOURNAL_LIMITS.commands) };
}

export function writeJournal(commands: readonly string[]): string {
	return JSON.stringify({ version: VERSION, commands });
}

/**
 * The journal with one more command, or undefined when it is full. A full journal stops growing
 * rather than dropping its oldest lines: a replay without them would rebuild different files.
 */
export function appendCommand(commands: readonly string[], line: string): string[] | undefined {
	const chars = commands.reduce((sum, command) => sum + command.length, 0) + line.length;
	if (commands.length >= JOURNAL_LIMITS.commands || chars > JOURNAL_LIMITS.chars) return undefined;
	return [...commands, line];
}
