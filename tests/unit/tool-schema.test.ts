import { describe, expect, it } from 'vitest';
import { ToolSchema } from '../../src/schemas/tool';

const valid = {
	name: 'Terraform',
	category: 'iac',
	use: 'Declares infrastructure in files',
	commonality: 'common',
	phases: ['develop', 'deploy'],
	docs: 'https://developer.hashicorp.com/terraform/docs',
	junior: 'Reads plans before anyone applies them.',
};

function problems(data: unknown) {
	const result = ToolSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('ToolSchema', () => {
	it('accepts a complete entry', () => {
		expect(problems(valid)).toEqual([]);
	});

	it('rejects an unknown category and names the value found', () => {
		const found = problems({ ...valid, category: 'devops-magic' });
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^category: /);
		expect(found[0]).toContain(`got "devops-magic"`);
		expect(found[0]).toContain('"iac"');
	});

	it('rejects an unknown phase and names it with its position', () => {
		const found = problems({ ...valid, phases: ['develop', 'shipping'] });
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^phases\.1: /);
		expect(found[0]).toContain(`got "shipping"`);
		expect(found[0]).toContain('"deploy"');
	});

	it('rejects an unknown commonality, no phases and a docs link that is not https', () => {
		expect(problems({ ...valid, commonality: 'rare' })[0]).toContain('"rare"');
		expect(problems({ ...valid, phases: [] })).toHaveLength(1);
		expect(problems({ ...valid, docs: 'http://example.com/docs' })[0]).toContain('"http://example.com/docs"');
	});
});
