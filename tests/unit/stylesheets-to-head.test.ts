import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../../src/lib/hosting/built-page';
import { withMetaPolicy } from '../../src/lib/hosting/csp';
import { stylesheetsToHead } from '../../src/lib/hosting/stylesheets-to-head';

const page = (head: string, body: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('stylesheetsToHead', () => {
	it('moves a stylesheet link from the body to the end of the head, after the head’s own', () => {
		const html = page('<link rel="stylesheet" href="/a.css">', '<p>One</p><link rel="stylesheet" href="/ec.css"><pre>code</pre>');
		expect(stylesheetsToHead(html)).toBe(
			page('<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/ec.css">', '<p>One</p><pre>code</pre>'),
		);
	});

	it('keeps the order of several links, nested ones included', () => {
		const html = page('', '<div><link href="/1.css" rel="preload stylesheet"></div><link rel="stylesheet" href="/2.css" media="print">');
		expect(stylesheetsToHead(html)).toBe(
			page('<link href="/1.css" rel="preload stylesheet"><link rel="stylesheet" href="/2.css" media="print">', '<div></div>'),
		);
	});

	it('leaves other links, stylesheet-looking text and pages without body links alone', () => {
		const html = page('<link rel="stylesheet" href="/a.css">', '<link rel="icon" href="/i.svg"><code>&lt;link rel="stylesheet"&gt;</code>');
		expect(stylesheetsToHead(html)).toBe(html);
	});

	it('returns a page without an explicit head end unchanged', () => {
		const html = '<!doctype html><title>x</title><p>text</p><link rel="stylesheet" href="/a.css">';
		expect(stylesheetsToHead(html)).toBe(html);
	});
});

describe('the policy and the stylesheets, from one reading of the page', () => {
	it('moves the stylesheets and rewrites the policy of the same page without the one moving the other', () => {
		const html = page(
			'<meta http-equiv="content-security-policy" content="old">',
			'<template><link rel="stylesheet" href="/t.css"></template><link rel="stylesheet" href="/ec.css">',
		);
		const parts = readBuiltPage(html);
		expect(withMetaPolicy(stylesheetsToHead(html, parts), "default-src 'self'", parts)).toBe(
			page(
				'<meta http-equiv="content-security-policy" content="default-src \'self\'"><link rel="stylesheet" href="/ec.css">',
				'<template><link rel="stylesheet" href="/t.css"></template>',
			),
		);
	});
});
