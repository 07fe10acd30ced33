import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	allowsInlineScript,
	allowsInlineStyle,
	checkPage,
	inlineHash,
	inlineScriptsOfComponent,
	inlineScriptsOfPage,
	inlineStylesOfPage,
	isRedirectPage,
	metaPolicy,
	parsePolicy,
	serializePolicy,
	sitePolicy,
	withMetaPolicy,
} from '../../src/lib/hosting/csp';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inline scripts of a component', () => {
	it('finds is:inline scripts with their exact text, and skips bundled, JSON and define:vars scripts', () => {
		const source = [
			'---',
			"const markup = '<script is:inline>not markup</script>';",
			'---',
			'<script is:inline>\n\twindow.a = 1;\n</script>',
			'<script is:inline aria-hidden="true">window.b = 2;</script>',
			'<script>import "./bundled";</script>',
			'<script is:inline type="application/json">{"x":1}</script>',
			'<script is:inline define:vars={{ x }}>use(x);</script>',
			'<script is:inline type="module">window.c = 3;</script>',
		].join('\n');
		expect(inlineScriptsOfComponent(source)).toEqual(['\n\twindow.a = 1;\n', 'window.b = 2;', 'window.c = 3;']);
	});
});

describe('inline scripts of a page', () => {
	it('returns what the browser would run inline, not external or data scripts', () => {
		const html =
			'<script>one()</script><script type="module">two()</script><script src="/x.js"></script><script type="application/json">{}</script>';
		expect(inlineScriptsOfPage(html)).toEqual(['one()', 'two()']);
	});
	it('ignores text that only looks like a script: in a title, an attribute, a comment, a textarea or escaped text', () => {
		const html = [
			'<!doctype html><html><head><title>Tips <script>alert(1)</script></title>',
			'<meta property="og:title" content="<script>alert(2)</script>"></head><body>',
			'<button data-code="<script>alert(3)</script>">Copy</button><!-- <script>alert(4)</script> -->',
			'<textarea><script>alert(5)</script></textarea><p>&lt;script&gt;alert(6)&lt;/script&gt;</p>',
			'<script>real()</script></body></html>',
		].join('');
		expect(inlineScriptsOfPage(html)).toEqual(['real()']);
	});
});

describe('hashes and policies', () => {
	it('hashes like the browser does (UTF-8, base64)', () => {
		expect(inlineHash('alert("é")')).toBe(sha256('alert("é")'));
		expect(inlineHash('x', 'sha384')).toMatch(/^sha384-/);
	});

	it('reads the policy of the meta element, decoding entities', () => {
		const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-abc=&#39;; style-src &#39;self&#39;"></head>`;
		expect(metaPolicy(html)).toBe("script-src 'self' 'sha256-abc='; style-src 'self'");
		expect(metaPolicy('<meta name="description" content="x">')).toBeUndefined();
	});

	it('parses and writes back a policy, first directive winning as in browsers', () => {
		const policy = parsePolicy("default-src 'self';script-src 'self' 'sha256-a'; script-src *; ");
		expect([...policy.keys()]).toEqual(['default-src', 'script-src']);
		expect(serializePolicy(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
	});

	it('allows an inline script only by its hash; unsafe-inline is void next to a hash', () => {
		const body = 'window.ok = true;';
		expect(allowsInlineScript(parsePolicy(`script-src 'self' '${sha256(body)}'`), body)).toBe(true);
		expect(allowsInlineScript(parsePolicy(`script-src 'self' '${sha256(body)}'`), `${body} `)).toBe(false);
		expect(allowsInlineScript(parsePolicy(`script-src 'self' 'unsafe-inline' '${sha256('other')}'`), body)).toBe(false);
		expect(allowsInlineScript(parsePolicy("script-src 'self' 'unsafe-inline'"), body)).toBe(true);
		expect(allowsInlineScript(parsePolicy(`default-src 'self'; script-src-elem '${sha256(body)}'`), body)).toBe(true);
		expect(allowsInlineScript(parsePolicy("default-src 'self'"), body)).toBe(false);
	});
});

describe('checking a built page', () => {
	const page = (policy: string, ...scripts: string[]) =>
		`<html><head><meta http-equiv="content-security-policy" content="${policy}">${scripts.map((s) => `<script>${s}</script>`).join('')}</head></html>`;

	it('passes a page whose inline scripts are all hashed', () => {
		expect(checkPage('index.html', page(`script-src 'self' '${sha256('a()')}' '${sha256('b()')}'`, 'a()', 'b()'))).toEqual([]);
	});

	it('names the page and the script its policy would block', () => {
		expect(checkPage('lesson/index.html', page(`script-src 'self' '${sha256('a()')}'`, 'a()', 'sneaky()'))).toEqual([
			{ page: 'lesson/index.html', message: `blocks its inline script ${sha256('sneaky()')} starting "sneaky()"` },
		]);
	});

	it('fails a page without a policy or with unsafe-inline scripts', () => {
		expect(checkPage('a.html', '<html><script>x()</script></html>')).toEqual([
			{ page: 'a.html', message: 'has no Content-Security-Policy <meta> element' },
		]);
		expect(checkPage('b.html', page("script-src 'self' 'unsafe-inline'", 'x()'))).toEqual([
			{ page: 'b.html', message: "allows 'unsafe-inline' scripts" },
		]);
	});
});

describe('styles and one policy for the site', () => {
	const page = (policy: string, body = '') =>
		`<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;

	it('allows a <style> element by its hash under style-src-elem, style-src or default-src', () => {
		expect(inlineStylesOfPage('<style>a{}</style><p>x</p><style media="print">b{}</style>')).toEqual(['a{}', 'b{}']);
		expect(allowsInlineStyle(parsePolicy(`style-src 'self'; style-src-elem '${sha256('a{}')}'`), 'a{}')).toBe(true);
		expect(allowsInlineStyle(parsePolicy(`style-src '${sha256('a{}')}'`), 'b{}')).toBe(false);
		expect(allowsInlineStyle(parsePolicy("default-src 'self'"), 'a{}')).toBe(false);
	});

	it('joins the policies of all pages and hashes the <style> elements none of them allows', () => {
		const a = page(`script-src 'self' '${sha256('one()')}'; style-src-elem 'self' '${sha256('known{}')}'`, '<style>known{}</style>');
		const b = page(`script-src 'self' '${sha256('two()')}'; style-src-elem 'self'`, '<style>missed{}</style>');
		const policy = parsePolicy(sitePolicy([a, b]));
		expect(policy.get('script-src')).toEqual(["'self'", `'${sha256('one()')}'`, `'${sha256('two()')}'`]);
		expect(policy.get('style-src-elem')).toEqual(["'self'", `'${sha256('known{}')}'`, `'${sha256('missed{}')}'`]);
	});

	it('writes the site policy into a page, escaped for the attribute', () => {
		const html = withMetaPolicy(page("script-src 'self'"), `script-src 'self' 'sha256-a"b'`);
		expect(metaPolicy(html)).toBe(`script-src 'self' 'sha256-a"b'`);
		expect(html).toContain('<meta charset="utf-8">');
	});

	it('gives a redirect page, which Astro writes without a policy, the site policy as its first element', () => {
		const redirect =
			'<!doctype html><title>Redirecting to: /linux/</title><meta http-equiv="refresh" content="0;url=/linux/">' +
			'<body><a href="/linux/">Redirecting</a></body>';
		expect(isRedirectPage(redirect)).toBe(true);
		const html = withMetaPolicy(redirect, "default-src 'self'");
		expect(
			html.startsWith(
				`<!DOCTYPE html><meta http-equiv="content-security-policy" content="default-src 'self'"><link rel="icon" href="data:,"><title>`,
			),
		).toBe(true);
		expect(html.match(/<!doctype/gi)).toHaveLength(1);
		expect(checkPage('fundamentals/linux/index.html', html)).toEqual([]);
	});

	it('leaves any other page without a policy as it is, so the check still names it', () => {
		const bare = '<!doctype html><html><head><title>x</title></head><body><script>run()</script></body></html>';
		const refreshWithScript = '<!doctype html><meta http-equiv="refresh" content="0;url=/x/"><script>run()</script>';
		expect(isRedirectPage(bare)).toBe(false);
		expect(isRedirectPage(refreshWithScript)).toBe(false);
		expect(withMetaPolicy(bare, "default-src 'self'")).toBe(bare);
		expect(checkPage('p.html', withMetaPolicy(refreshWithScript, "default-src 'self'"))).toEqual([
			{ page: 'p.html', message: 'has no Content-Security-Policy <meta> element' },
		]);
	});

	it('names a page whose policy blocks its own <style> element', () => {
		expect(checkPage('p.html', page("script-src 'self'; style-src 'self'", '<style>x{}</style>'))).toEqual([
			{ page: 'p.html', message: `blocks its inline style ${sha256('x{}')} starting "x{}"` },
		]);
	});
});
