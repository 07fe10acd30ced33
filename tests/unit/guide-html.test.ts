import { describe, expect, it } from 'vitest';
import { dropRepeatedAssets, fitLessonHtml, textLength } from '../../src/lib/print/guide-html';

const heading = (level: number, id: string, text: string) =>
	`<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span class="sr-only">Section titled “${text}”</span></a></div>`;

const fitted = (html: string, articles: [string, string][] = []) =>
	fitLessonHtml(html, { pagePath: '/course/lifecycle/build/', levels: 2, articleId: 'lesson-build', articles: new Map(articles) });

describe('fitLessonHtml', () => {
	it('moves headings and their wrappers down', () => {
		const html = fitted(`${heading(2, 'why', 'Why')}<p>Text</p>${heading(3, 'how', 'How')}`);
		expect(html).toContain('<div class="sl-heading-wrapper level-h4"><h4 id="lesson-build--why">Why</h4>');
		expect(html).toContain('<div class="sl-heading-wrapper level-h5"><h5 id="lesson-build--how">How</h5>');
		expect(html).not.toMatch(/<\/?h[23][\s>]/);
	});

	it('never goes below h6', () => {
		expect(fitted('<h5>Deep</h5><h6 id="deeper">Deeper</h6>')).toBe('<h6>Deep</h6><h6 id="lesson-build--deeper">Deeper</h6>');
	});

	it('keeps links and labels pointing at the renamed headings', () => {
		const html = fitted(
			`${heading(2, 'why', 'Why')}<p><a href="#why">see above</a> <a href="#tab-panel-0-0">tab</a></p><section aria-labelledby="why"></section>`,
		);
		expect(html).toContain('<a class="sl-anchor-link" href="#lesson-build--why">');
		expect(html).toContain('<a href="#lesson-build--why">see above</a>');
		expect(html).toContain('<a href="#tab-panel-0-0">tab</a>');
		expect(html).toContain('aria-labelledby="lesson-build--why"');
	});

	it('resolves relative links against the lesson page', () => {
		const html = fitted('<a href="../test/">test</a> <a href="../../security/?x=1#a">sec</a> <a href="/course/progress/">p</a>');
		expect(html).toBe(
			'<a href="/course/lifecycle/test/">test</a> <a href="/course/security/?x=1#a">sec</a> <a href="/course/progress/">p</a>',
		);
	});

	it('sends links to lessons in the guide to their place in the document', () => {
		const html = fitted('<a href="../test/">test</a> <a href="../test/#flaky-tests">flaky</a>', [
			['/course/lifecycle/test/', 'lesson-test'],
		]);
		expect(html).toBe('<a href="#lesson-test">test</a> <a href="#lesson-test--flaky-tests">flaky</a>');
	});

	it('sends links that leave the guide to the pages in the guide’s language', () => {
		const html = fitLessonHtml(
			'<link rel="stylesheet" href="/course/_astro/ec.css"><a href="../test/">test</a> <a href="../deploy/#why">deploy</a> <a href="https://example.com/">out</a>',
			{
				pagePath: '/course/lifecycle/build/',
				levels: 2,
				articleId: 'lesson-build',
				articles: new Map([['/course/lifecycle/deploy/', 'lesson-deploy']]),
				localize: (path) => path.replace('/course/', '/course/es/'),
			},
		);
		expect(html).toBe(
			'<link rel="stylesheet" href="/course/_astro/ec.css"><a href="/course/es/lifecycle/test/">test</a> <a href="#lesson-deploy--why">deploy</a> <a href="https://example.com/">out</a>',
		);
	});

	it('turns asides into notes, so repeated titles do not make landmarks of the same name', () => {
		expect(fitted('<aside aria-label="Tip" class="starlight-aside"><p>x</p></aside><aside role="note">y</aside>')).toBe(
			'<aside role="note" aria-label="Tip" class="starlight-aside"><p>x</p></aside><aside role="note">y</aside>',
		);
	});

	it('leaves external links, escaped text and other elements alone', () => {
		const html =
			'<a href="https://dora.dev/">DORA</a> <a href="mailto:a@b.c">mail</a><pre><code>&lt;h2 id="x"&gt;</code></pre><header id="top"><hr></header>';
		expect(fitted(html)).toBe(html);
	});
});

describe('dropRepeatedAssets', () => {
	it('keeps the first of each stylesheet and module script and drops the repeats', () => {
		const block = (n: number) =>
			`<div><link rel="stylesheet" href="/_astro/ec.css"><script type="module" src="/_astro/ec.js"></script><pre>${n}</pre></div>`;
		const html = dropRepeatedAssets(`${block(1)}<link rel="stylesheet" href="/_astro/other.css">${block(2)}`);
		expect(html).toBe(
			'<div><link rel="stylesheet" href="/_astro/ec.css"><script type="module" src="/_astro/ec.js"></script><pre>1</pre></div><link rel="stylesheet" href="/_astro/other.css"><div><pre>2</pre></div>',
		);
	});
});

describe('textLength', () => {
	it('counts the text a reader sees, not the markup around it', () => {
		expect(textLength('<p class="lead">Hello <strong>world</strong></p>')).toBe('Hello world'.length);
	});

	it('counts an entity as one character and a run of white space as one', () => {
		expect(textLength('<p>a &amp; b&#160;c</p>\n\n\t<p>  d  </p>')).toBe('a & b c d'.length);
	});

	it('leaves out scripts, styles and templates', () => {
		expect(
			textLength('<p>shown</p><script type="application/json">{"long":"data"}</script><style>.a{}</style><template><p>x</p></template>'),
		).toBe(5);
	});

	it('is 0 for markup without text', () => {
		expect(textLength('<div><span aria-hidden="true"></span></div>')).toBe(0);
	});
});
