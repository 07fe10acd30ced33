import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';

/** Link targets allowed in authored quiz text: relative paths, anchors, http(s) and mail. */
const SAFE_HREF = /^(?:https?:|mailto:|[./#]|[a-z0-9-]+(?:\/|$))/i;

/**
 * Quiz and data text is Markdown only: raw HTML in it is shown as text, never parsed,
 * and links with other schemes (javascript:, data:) lose their target.
 */
const escapeRawHtml = {
	name: 'devops-path-escape-raw-html',
	raw: (node: { value: string }) => ({ type: 'text' as const, value: node.value }),
	element: {
		filter: ['a'],
		visit(node: { properties?: Record<string, unknown> }, ctx: { setProperty(node: unknown, key: string, value: unknown): void }) {
			const href = node.properties?.href;
			if (typeof href === 'string' && !SAFE_HREF.test(href.trim())) ctx.setProperty(node, 'href', undefined);
		},
	},
};

let processor: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

export async function renderMarkdown(source: string): Promise<string> {
	processor ??= createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [escapeRawHtml as never] });
	const { code } = await (await processor).render(source);
	return code.trim();
}

/** For text that sits inside a label or legend: one paragraph is unwrapped to its phrasing content. */
export async function renderInlineMarkdown(source: string): Promise<string> {
	const html = await renderMarkdown(source);
	const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
	return single && !single[1]!.includes('<p>') ? single[1]! : html;
}

/** True when rendered Markdown holds only phrasing content, so it may go inside a label or legend. */
export function isPhrasing(html: string): boolean {
	return !/<(?:p|div|pre|ul|ol|table|blockquote|h[1-6])[\s>]/i.test(html);
}
