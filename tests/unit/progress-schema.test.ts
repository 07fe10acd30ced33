import { expect, it } from 'vitest';
import { SUPPORTED_KEYWORDS } from '../../src/lib/progress/json-schema';
import { progressJsonSchemas } from '../../src/schemas/progress';

it('the JSON Schemas pages validate with match the zod schemas (run `npx vitest -u` after changing them)', async () => {
	// One file each, so a page that reads stored progress does not carry the export file's schema too.
	const { storedProgress, exportEnvelope } = progressJsonSchemas();
	await expect(`${JSON.stringify(storedProgress, null, '\t')}\n`).toMatchFileSnapshot('../../src/schemas/progress.schema.json');
	await expect(`${JSON.stringify(exportEnvelope, null, '\t')}\n`).toMatchFileSnapshot('../../src/schemas/progress-export.schema.json');
});

it('the generated schemas use only keywords the browser validator understands', () => {
	const unsupported: string[] = [];
	const walk = (node: unknown, path: string) => {
		if (typeof node !== 'object' || node === null) return;
		for (const [keyword, value] of Object.entries(node)) {
			if (!SUPPORTED_KEYWORDS.has(keyword)) unsupported.push(`${path}.${keyword}`);
			if (keyword === 'properties') for (const [name, child] of Object.entries(value as object)) walk(child, `${path}.${name}`);
			else if (['additionalProperties', 'propertyNames', 'items'].includes(keyword)) walk(value, `${path}.${keyword}`);
		}
	};
	for (const [name, schema] of Object.entries(progressJsonSchemas())) walk(schema, name);
	expect(unsupported).toEqual([]);
});
