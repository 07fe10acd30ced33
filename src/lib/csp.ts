import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy helpers for the build: the hashes of inline scripts, read from the
 * components that render them and from the built pages, and a check that every inline script a
 * page runs is allowed by that page's policy.
 */

/** `type` values a browser executes; anything else (JSON data) is inert and needs no hash. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|$)`, 'i').exec(attributes);
	if (!match) return undefined;
	return match[1] ?? match[2] ?? match[3] ?? '';
}

function isExecutable(attributes: string): boolean {
	if (attribute(attributes, 'src') !== undefined) return false;
	return EXECUTABLE_TYPES.has((attribute(attributes, 'type') ?? '').trim().toLowerCase());
}

/**
 * Bodies of the `<script is:inline>` elements in an Astro component's source. Astro copies them
 * into the page unchanged, so their hashes are known before the build. Scripts with
 * `define:vars` are rewritten per page and cannot be hashed ahead.
 */
export function inlineScriptsOfComponent(source: string): string[] {
	const markup = source.replace(/^---\r?\n[\s\S]*?\r?\n---/, '');
	return [...markup.matchAll(SCRIPT)]
		.filter(([, attributes = '']) => attribute(attributes, 'is:inline') !== undefined && attribute(attributes, 'define:vars') === undefined)
		.filter(([, attributes = '']) => isExecutable(attributes))
		.map(([, , body = '']) => body);
}

/** Bodies of the scripts a built page runs inline. */
export function inlineScriptsOfPage(html: string): string[] {
	return [...html.matchAll(SCRIPT)].filter(([, attributes = '']) => isExecutable(attributes)).map(([, , body = '']) => body);
}

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/** Bodies of a built page's `<style>` elements. */
export function inlineStylesOfPage(html: string): string[] {
	return [...html.matchAll(STYLE)].map(([, body = '']) => body);
}

export type HashAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** A CSP hash source without quotes, e.g. `sha256-…`, the form Astro's `security.csp` takes. */
export function inlineHash(body: string, algorithm: HashAlgorithm = 'sha256'): `${HashAlgorithm}-${string}` {
	return `${algorithm}-${createHash(algorithm).update(body, 'utf8').digest('base64')}`;
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
		const attributes = tag.replace(/^<meta/i, '').replace(/\/?>$/, '');
		if ((attribute(attributes, 'http-equiv') ?? '').toLowerCase() !== 'content-security-policy') continue;
		return attribute(attributes, 'content')?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();
	}
	return undefined;
}

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The directive that decides whether an inline `<script>` or `<style>` element may apply, as browsers fall back. */
function elementDirective(policy: Policy, kind: 'script' | 'style'): string | undefined {
	return [`${kind}-src-elem`, `${kind}-src`, 'default-src'].find((name) => policy.has(name));
}

function scriptElementSources(policy: Policy): string[] | undefined {
	const directive = elementDirective(policy, 'script');
	return directive ? policy.get(directive) : undefined;
}

/** Whether `policy` lets an inline script with this body run. */
export function allowsInlineScript(policy: Policy, body: string): boolean {
	return allowsInline(scriptElementSources(policy), body);
}

/** Whether `policy` lets a `<style>` element with this body apply. */
export function allowsInlineStyle(policy: Policy, body: string): boolean {
	const directive = elementDirective(policy, 'style');
	return allowsInline(directive ? policy.get(directive) : undefined, body);
}

function allowsInline(sources: string[] | undefined, body: string): boolean {
	if (!sources) return true;
	const hashes = sources.filter((source) => /^'sha(256|384|512)-/.test(source));
	if (hashes.length === 0 && !sources.some((source) => /^'(nonce-|strict-dynamic)/.test(source)) && sources.includes("'unsafe-inline'")) return true;
	return hashes.some((quoted) => {
		const algorithm = quoted.slice(1, 7) as HashAlgorithm;
		return quoted === `'${inlineHash(body, algorithm)}'`;
	});
}

export interface PolicyProblem {
	page: string;
	message: string;
}

/**
 * One policy for every page: each directive with the sources of all pages, and the hashes of the
 * `<style>` elements Astro left out (it does not hash the styles of components used inside MDX
 * content). An HTTP header can then carry the same policy as every page's `<meta>`.
 */
export function sitePolicy(pages: readonly string[]): string {
	const site: Policy = new Map();
	for (const html of pages) {
		const text = metaPolicy(html);
		if (text === undefined) continue;
		for (const [name, sources] of parsePolicy(text)) site.set(name, [...new Set([...(site.get(name) ?? []), ...sources])]);
	}
	const styleDirective = elementDirective(site, 'style') ?? 'style-src';
	const styleSources = site.get(styleDirective) ?? ["'self'"];
	const missing = pages.flatMap(inlineStylesOfPage).filter((body) => !allowsInline(styleSources, body));
	site.set(styleDirective, [...new Set([...styleSources, ...missing.map((body) => `'${inlineHash(body)}'`)])]);
	return serializePolicy(site);
}

/**
 * The page with its `<meta>` policy replaced by `policy`. Astro writes the pages of its `redirects`
 * option (a meta refresh, no script) without any policy, so those get one added after the doctype,
 * with an empty icon: without one the browser asks for /favicon.ico, which the site does not have,
 * and logs a 404. Any other page without a policy is left alone, for `checkPage` to report.
 */
export function withMetaPolicy(html: string, policy: string): string {
	const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	if (metaPolicy(html) === undefined && isRedirectPage(html)) {
		const meta = `<meta http-equiv="content-security-policy" content="${escaped}"><link rel="icon" href="data:,">`;
		// Written as Starlight writes it, which the HTML gate's doctype-style rule expects.
		return `<!DOCTYPE html>${meta}${html.replace(/^\s*<!doctype html>/i, '')}`;
	}
	return html.replace(/(<meta\b[^>]*\bhttp-equiv=["']?content-security-policy["']?[^>]*\bcontent=)("[^"]*"|'[^']*')/i, `$1"${escaped}"`);
}

function isRedirectPage(html: string): boolean {
	return /<meta\b[^>]*\bhttp-equiv=["']?refresh["']?/i.test(html) && !/<script\b/i.test(html);
}

/** Pages that would block one of their own inline scripts or styles, or that carry no policy at all. */
export function checkPage(page: string, html: string): PolicyProblem[] {
	const text = metaPolicy(html);
	if (text === undefined) return [{ page, message: 'has no Content-Security-Policy <meta> element' }];
	const policy = parsePolicy(text);
	if ((scriptElementSources(policy) ?? []).includes("'unsafe-inline'")) {
		return [{ page, message: "allows 'unsafe-inline' scripts" }];
	}
	const start = (body: string) => body.trim().slice(0, 60).replace(/\s+/g, ' ');
	return [
		...inlineScriptsOfPage(html)
			.filter((body) => !allowsInlineScript(policy, body))
			.map((body) => ({ page, message: `blocks its inline script ${inlineHash(body)} starting "${start(body)}"` })),
		...inlineStylesOfPage(html)
			.filter((body) => !allowsInlineStyle(policy, body))
			.map((body) => ({ page, message: `blocks its inline style ${inlineHash(body)} starting "${start(body)}"` })),
	];
}
