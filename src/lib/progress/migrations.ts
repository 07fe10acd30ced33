import { PROGRESS_VERSION } from '../../schemas/progress-format';

/**
 * Upgrades stored progress one version at a time: `migrations[n]` turns version n into n + 1.
 * Each works on plain JSON because older data does not match today's schema; the result is
 * validated after the last step.
 */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Readonly<Record<number, Migration>> = {
	/** Version 2 adds the spaced-repetition review queue. */
	1: (data) => ({ ...data, review: {} }),
	/** Version 3 adds hands-on labs: tasks passed and solutions viewed. */
	2: (data) => ({ ...data, labTasks: {}, labSolutions: {} }),
	/** Version 4 keeps finished practice exams. */
	3: (data) => ({ ...data, exams: {} }),
	/** Version 5 holds the same, written compactly (codec.ts): decoding has already turned its rows into records. */
	4: (data) => data,
};

export type MigrationResult =
	| { kind: 'current'; data: Record<string, unknown> }
	| { kind: 'migrated'; data: Record<string, unknown>; from: number }
	| { kind: 'newer'; version: number }
	| { kind: 'unknown-version'; version: unknown };

export function migrate(
	data: Record<string, unknown>,
	steps: Readonly<Record<number, Migration>> = migrations,
	target = PROGRESS_VERSION,
): MigrationResult {
	const version = data.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'unknown-version', version };
	if (version > target) return { kind: 'newer', version };
	if (version === target) return { kind: 'current', data };
	let current = data;
	for (let v = version; v < target; v++) {
		const step = steps[v];
		if (!step) return { kind: 'unknown-version', version };
		current = { ...step(current), version: v + 1 };
	}
	return { kind: 'migrated', data: current, from: version };
}
