import { expect, it } from 'vitest';
import { progressJsonSchemas } from '../../src/schemas/progress';

it('the JSON Schema pages validate with matches the zod schema (run `npx vitest -u` after changing it)', async () => {
	await expect(`${JSON.stringify(progressJsonSchemas(), null, '\t')}\n`).toMatchFileSnapshot('../../src/schemas/progress.schema.json');
});
