import { describe, expect, it } from 'vitest';
import { isPhrasing, renderInlineMarkdown, renderMarkdown } from '../../src/lib/html/markdown';

describe('renderMarkdown', () => {
	it('renders Markdown', async () => {
		expect(await renderMarkdown('Run `ls` **now**')).toBe('<p>Run <code>ls</code> <strong>now</strong></p>');
	});
	it('shows raw HTML as text instead of parsing it', async () => {
		const html = await renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror=alert(1)>');
		expect(html).not.toContain('<script');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script&gt;alert(1)');
	});
	it('drops link targets with unsafe schemes', async () => {
		expect(await renderMarkdown('[x](javascript:alert(1))')).not.toContain('javascript:');
		expect(await renderMarkdown('[docs](https://git-scm.com/doc)')).toContain('href="https://git-scm.com/doc"');
	});
	it('escapes code', async () => {
		expect(await renderMarkdown('`<b>`')).toBe('<p><code>&lt;b&gt;</code></p>');
	});
});

describe('renderInlineMarkdown', () => {
	it('unwraps a single paragraph', async () => {
		const html = await renderInlineMarkdown('One *line*');
		expect(html).toBe('One <em>line</em>');
		expect(isPhrasing(html)).toBe(true);
	});
	it('keeps blocks when there are several', async () => {
		const html = await renderInlineMarkdown('One\n\nTwo');
		expect(html).toBe('<p>One</p>\n<p>Two</p>');
		expect(isPhrasing(html)).toBe(false);
	});
});
