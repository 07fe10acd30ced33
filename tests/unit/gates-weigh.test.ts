import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipSize, staticImports, weighPage } from '../../scripts/gates/weigh.ts';

describe('staticImports', () => {
	it('finds static imports and re-exports in minified code, not dynamic ones', () => {
		const code =
			'import"./a.js";import{x as y}from"./b.js";import z,{w}from"../c.js";export{q}from"./d.js";import*as n from"./e.js";import("./lazy.js");a.import("./no.js")';
		expect(staticImports(code)).toEqual(['./a.js', './b.js', '../c.js', './d.js', './e.js']);
	});
});

describe('weighPage, on a site under a base path', () => {
	const site = join(import.meta.dirname, '..', 'fixtures', 'gates', 'site');
	const text = (file: string) => readFileSync(join(site, file), 'utf8');

	it('counts external scripts with their static imports, inline scripts, and stylesheets, in gzip bytes', () => {
		const weight = weighPage(site, 'index.html', '/course/');
		const js =
			gzipSize(text('_astro/entry.js')) + gzipSize(text('_astro/chunk.js')) + gzipSize("document.documentElement.dataset.ready = 'yes';");
		const css = gzipSize(text('_astro/site.css')) + gzipSize('main { margin: 0; }');
		expect({ js: weight.js.gzip, css: weight.css.gzip }).toEqual({ js, css });
	});
});

describe('weighPage, on a site at the root path', () => {
	const dist = mkdtempSync(join(tmpdir(), 'weigh-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	mkdirSync(join(dist, '_astro'));
	mkdirSync(join(dist, 'page'));
	mkdirSync(join(dist, 'broken'));
	const entry = 'import{a as b}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");';
	writeFileSync(join(dist, '_astro/entry.js'), entry);
	writeFileSync(join(dist, '_astro/shared.js'), 'export const a=1;');
	writeFileSync(join(dist, '_astro/side.js'), 'console.log(1);');
	writeFileSync(join(dist, '_astro/lazy.js'), 'x'.repeat(5000));
	writeFileSync(join(dist, '_astro/site.css'), 'body{color:red}');
	const html =
		'<html><head><link rel="stylesheet" href="/_astro/site.css"><style>p{margin:0}</style>' +
		'<script type="module" src="/_astro/entry.js"></script></head><body><script>let a=1</script>' +
		'<script type="application/json" data-x>{"big":"data"}</script>' +
		'<link rel="stylesheet" href="/_astro/site.css"></body></html>';
	writeFileSync(join(dist, 'page/index.html'), html);
	writeFileSync(join(dist, 'broken/index.html'), '<script type="module" src="/_astro/gone.js"></script>');

	it('counts linked scripts with their static imports but not dynamic ones, inline scripts but not JSON, a file linked twice once', () => {
		const weight = weighPage(dist, 'page/index.html');
		expect(weight.js.external.raw).toBe(entry.length + 'export const a=1;'.length + 'console.log(1);'.length);
		expect(weight.js.inline.raw).toBe('let a=1'.length);
		expect(weight.js.raw).toBe(weight.js.external.raw + weight.js.inline.raw);
		expect(weight.css.external.raw).toBe('body{color:red}'.length);
		expect(weight.css.inline.raw).toBe('p{margin:0}'.length);
		expect(weight.html.raw).toBe(html.length);
		expect(weight.total.raw).toBe(html.length + weight.js.external.raw + weight.css.external.raw);
		expect(weight.total.gzip).toBe(gzipSize(html) + weight.js.external.gzip + weight.css.external.gzip);
	});

	it('fails on a script that is not in the build, naming it', () => {
		expect(() => weighPage(dist, 'broken/index.html')).toThrow(/broken\/index\.html loads \/_astro\/gone\.js/);
	});
});
