import { Bash, defineCommand } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { verifyLab } from '../../src/lib/labs/verify';
import { LabSchema } from '../../src/schemas/lab';
import { readYamlCollection } from '../support/content-files';

/**
 * Every lab in content/labs, run as a learner would: its reference solution must pass every
 * task, and the work a learner has not done yet must pass none.
 */
const labs = readYamlCollection('labs');

describe('content/labs', () => {
	it('holds at least one lab of each kind', () => {
		const kinds = new Set(labs.map((entry) => (entry.data as { kind?: string }).kind));
		expect([...kinds].sort()).toEqual(['config', 'shell']);
	});
	it.each(labs.map((entry) => [entry.file, entry] as const))(
		'%s: the solution passes every task, an untouched lab passes none',
		{ timeout: 30_000 },
		async (file, entry) => {
			const lab = LabSchema.parse(entry.data);
			expect(await verifyLab(lab, { Bash, defineCommand }), file).toEqual([]);
		},
	);
});
