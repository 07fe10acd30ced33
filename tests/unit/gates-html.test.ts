import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

// The same configuration file (.htmlvalidate.mjs at the project root) the HTML gate uses on dist.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'gates', name);

async function errors(name: string) {
	const report = await validator.validateFile(fixture(name));
	return report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
}

describe('html-validate configuration', () => {
	it('fails an element where HTML does not permit it', async () => {
		expect(await errors('invalid-element.html')).toEqual(['element-permitted-content']);
	});

	it('fails an image without alt text', async () => {
		expect(await errors('missing-alt.html')).toEqual(['wcag/h37']);
	});

	it("accepts the patterns it allows on purpose: Starlight's ids and lists, code lines, a filter form, checkbox groups", async () => {
		expect(await errors('valid-starlight-patterns.html')).toEqual([]);
	});
});
