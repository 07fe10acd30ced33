import { createHash } from 'node:crypto';
import { escapeAttribute } from 'entities';
import { EXECUTABLE_TYPES, readBuiltPage, type BuiltPage } from './built-page.ts';

/**
 * Content-Security-Policy helpers for the build: the hashes of inline scripts, read from the
 * components that render them and from the built pages, and a check that every inline script a
 * page runs is allowed by that page's policy.
 */

/**
 * Component sources are Astro templates, not HTML (expressions in braces may hold `<`), so their
 * `is:inline` scripts are found by pattern; built pages are parsed (see `readBuiltPage`).
 */
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

const partsOf = (page: string | BuiltPage) => (typeof page === 'string' ? readBuiltPage(page) : page);

/** Bodies of the scripts a built page runs inline. */
export function inlineScriptsOfPage(html: string): string[] {
	return readBuiltPage(html).scripts;
}

/** Bodies of a built page's `<style>` elements. */
export function inlineStylesOfPage(html: string): string[] {
	return readBuiltPage(html).styles;
}

export type HashAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** A CSP hash source without quotes, e.g. `sha256-…`, the form Astro's `security.csp` takes. */
export function inlineHash(body: string, algorithm: HashAlgorithm = 'sha256'): `${HashAlgorithm}-${string}` {
	return `${algorithm}-${createHash(algorithm).update(body, 'utf8').digest('base64')}`;
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
	return readBuiltPage(html).policy?.text;
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
	if (hashes.length === 0 && !sources.some((source) => /^'(nonce-|strict-dynamic)/.test(source)) && sources.includes("'unsafe-inline'"))
		return true;
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
export function sitePolicy(pages: readonly (string | BuiltPage)[]): string {
	const site: Policy = new Map();
	const parsed = pages.map(partsOf);
	for (const { policy } of parsed) {
		if (policy === undefined) continue;
		for (const [name, sources] of parsePolicy(policy.text)) site.set(name, [...new Set([...(site.get(name) ?? []), ...sources])]);
	}
	const styleDirective = elementDirective(site, 'style') ?? 'style-src';
	const styleSources = site.get(styleDirective) ?? ["'self'"];
	const missing = parsed.flatMap((page) => page.styles).filter((body) => !allowsInline(styleSources, body));
	site.set(styleDirective, [...new Set([...styleSources, ...missing.map((body) => `'${inlineHash(body)}'`)])]);
	return serializePolicy(site);
}

/**
 * A redirect document as Astro writes one for each configured redirect: a meta refresh and a
 * link, no head and no policy of its own. Only these may be given a policy they did not carry.
 */
export function isRedirectPage(page: string | BuiltPage): boolean {
	const parts = partsOf(page);
	return parts.refresh && parts.policy === undefined && !parts.hasScript;
}

/**
 * The page with its `<meta>` policy replaced by `policy`. A redirect page gets the policy as its
 * first element, so it applies to everything the page holds; any other page without one is left
 * alone, for `checkPage` to report.
 */
export function withMetaPolicy(html: string, policy: string, parts: BuiltPage = readBuiltPage(html)): string {
	const escaped = escapeAttribute(policy);
	if (isRedirectPage(parts)) {
		// An empty icon too: without one the browser asks for /favicon.ico, which the site lacks, and logs a 404.
		const head = `<meta http-equiv="content-security-policy" content="${escaped}"><link rel="icon" href="data:,">`;
		// Written with the doctype spelling every other page has, which the HTML gate holds them all to.
		return `<!DOCTYPE html>${head}${html.replace(/^\s*<!doctype html>/i, '')}`;
	}
	const place = parts.policy;
	if (!place) return html;
	return `${html.slice(0, place.start)}content="${escaped}"${html.slice(place.end)}`;
}

/** Pages that would block one of their own inline scripts or styles, or that carry no policy at all. */
export function checkPage(page: string, html: string | BuiltPage): PolicyProblem[] {
	const parts = partsOf(html);
	if (parts.policy === undefined) return [{ page, message: 'has no Content-Security-Policy <meta> element' }];
	const policy = parsePolicy(parts.policy.text);
	if ((scriptElementSources(policy) ?? []).includes("'unsafe-inline'")) {
		return [{ page, message: "allows 'unsafe-inline' scripts" }];
	}
	const start = (body: string) => body.trim().slice(0, 60).replace(/\s+/g, ' ');
	return [
		...parts.scripts
			.filter((body) => !allowsInlineScript(policy, body))
			.map((body) => ({ page, message: `blocks its inline script ${inlineHash(body)} starting "${start(body)}"` })),
		...parts.styles
			.filter((body) => !allowsInlineStyle(policy, body))
			.map((body) => ({ page, message: `blocks its inline style ${inlineHash(body)} starting "${start(body)}"` })),
	];
}
