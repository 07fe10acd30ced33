import { expect, it } from 'vitest';
import { SUPPORTED_KEYWORDS } from '../../src/lib/progress/json-schema';
import { passportJsonSchemas } from '../../src/schemas/passport';

it('the JSON Schema shared links are checked with matches the zod schema (run `npx vitest -u` after changing it)', async () => {
	await expect(`${JSON.stringify(passportJsonSchemas(), null, '\t')}\n`).toMatchFileSnapshot('../../src/schemas/passport.schema.json');
});

it('the generated schema uses only keywords the browser validator understands', () => {
	const keywords = new Set<string>();
	const walk = (node: unknown) => {
		if (typeof node !== 'object' || node === null) return;
		for (const [keyword, value] of Object.entries(node)) {
			keywords.add(keyword);
			if (keyword === 'properties') Object.values(value as object).forEach(walk);
			else if (['additionalProperties', 'propertyNames', 'items'].includes(keyword)) walk(value);
		}
	};
	walk(passportJsonSchemas().sharedProgress);
	expect([...keywords].filter((keyword) => !SUPPORTED_KEYWORDS.has(keyword))).toEqual([]);
});
