import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite, readPages } from '../../scripts/gates/dist.ts';
import { readPage } from '../../scripts/gates/html.ts';
import { findBrokenLinks, resolveLink, urlOfFile } from '../../scripts/gates/links.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'gates');
const site = readBuiltSite(join(fixtures, 'site'));

/** The fixture site with one more page, read from a fixture file, at lessons/two/. */
function withPage(fixture: string) {
	const pages = readPages(site);
	pages.set('lessons/two/index.html', readPage(readFileSync(join(fixtures, fixture), 'utf8')));
	return { pages, files: new Set([...site.files, 'lessons/two/index.html']) };
}

describe('readPage', () => {
	const facts = readPage(readFileSync(join(fixtures, 'site', 'index.html'), 'utf8'));

	it('collects ids outside templates and every URL with its element', () => {
		expect([...facts.ids]).toEqual(['_top']);
		expect(facts.links).toContainEqual({ href: 'lessons/one/#steps', source: 'a[href]' });
		expect(facts.links).toContainEqual({ href: '/course/_astro/logo.svg', source: 'img[src]' });
		expect(facts.links).toContainEqual({ href: '/course/_astro/entry.js', source: 'script[src]' });
		expect(facts.links.some((link) => link.href.includes('fonts.example.net'))).toBe(false);
	});

	it('reads links that a component keeps in a template', () => {
		expect(facts.links).toContainEqual({ href: '/course/lessons/one/#summary', source: 'a[href]' });
	});

	it('separates executable scripts from data, and stylesheets', () => {
		expect(facts.scripts).toEqual([{ url: '/course/_astro/entry.js' }, { inline: "document.documentElement.dataset.ready = 'yes';" }]);
		expect(facts.styles).toEqual([{ url: '/course/_astro/site.css' }, { inline: 'main { margin: 0; }' }]);
	});

	it('decodes character references in attribute values', () => {
		expect(readPage('<a href="/a/?x=1&amp;y=2#caf&#233;&#x21;" id="s&#233;">x</a>').links[0]!.href).toBe('/a/?x=1&y=2#café!');
		expect(readPage('<p id="caf&eacute;">x</p>').ids).toEqual(new Set(['café']));
		expect(readPage('<a href="/a/?x=1&amp;y=2">x</a>').links[0]!.href).toBe('/a/?x=1&y=2');
	});
});

describe('resolveLink', () => {
	const from = urlOfFile('lessons/one/index.html', site.root);

	it('maps pages under the base path to their index.html', () => {
		expect(from.href).toBe('https://example.org/course/lessons/one/');
		expect(resolveLink('../../', from, site.root, site.files)).toEqual({ kind: 'file', file: 'index.html', fragment: '' });
		expect(resolveLink('?print=1#steps', from, site.root, site.files)).toEqual({
			kind: 'file',
			file: 'lessons/one/index.html',
			fragment: 'steps',
		});
	});

	it('leaves other origins and schemes unchecked', () => {
		expect(resolveLink('https://elsewhere.example.com/', from, site.root, site.files)).toEqual({ kind: 'unchecked' });
		expect(resolveLink('mailto:team@example.org', from, site.root, site.files)).toEqual({ kind: 'unchecked' });
	});

	it('names what is wrong with a link that resolves to nothing', () => {
		expect(resolveLink('/elsewhere/', from, site.root, site.files)).toEqual({
			kind: 'broken',
			reason: "outside the site's base path /course/",
		});
		expect(resolveLink('/course/lessons/one', from, site.root, site.files)).toEqual({
			kind: 'broken',
			reason: 'the page exists only with a trailing slash',
		});
		expect(resolveLink('/course/_astro/gone.js', from, site.root, site.files)).toEqual({ kind: 'broken', reason: 'no such page or file' });
	});
});

describe('findBrokenLinks', () => {
	it('passes the fixture site, whose links, files and fragments all exist', () => {
		expect(findBrokenLinks(readPages(site), site.files, site.root)).toEqual([]);
	});

	it('fails a dead link', () => {
		const { pages, files } = withPage('dead-link.html');
		expect(findBrokenLinks(pages, files, site.root)).toEqual([
			{ page: 'lessons/two/index.html', href: '/course/lessons/gone/', source: 'a[href]', reason: 'no such page' },
		]);
	});

	it('fails a dead fragment', () => {
		const { pages, files } = withPage('dead-fragment.html');
		expect(findBrokenLinks(pages, files, site.root)).toEqual([
			{
				page: 'lessons/two/index.html',
				href: '/course/lessons/one/#renamed-heading',
				source: 'a[href]',
				reason: 'lessons/one/index.html has no element with id "renamed-heading"',
			},
		]);
	});

	it('fails a missing asset and a fragment that only exists inside a template', () => {
		const pages = readPages(site);
		pages.set('lessons/one/index.html', readPage('<template><h2 id="later">x</h2></template><img src="/course/_astro/gone.png" alt="">'));
		pages.set('index.html', readPage('<a href="/course/lessons/one/#later">x</a>'));
		expect(findBrokenLinks(pages, site.files, site.root).map((link) => link.reason)).toEqual([
			'lessons/one/index.html has no element with id "later"',
			'no such page or file',
		]);
	});

	it('accepts only the exceptions it is given, by page and URL', () => {
		const { pages, files } = withPage('dead-link.html');
		const exception = { page: 'lessons/two/index.html', href: /\/gone\/$/, reason: 'fixture' };
		expect(findBrokenLinks(pages, files, site.root, [exception])).toEqual([]);
		expect(findBrokenLinks(pages, files, site.root, [{ ...exception, page: 'index.html' }])).toHaveLength(1);
	});
});
