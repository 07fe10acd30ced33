/**
 * html-validate configuration for the built site (`npm run test:html` checks every page in dist).
 * Starts from the recommended and document presets; every change below names the markup that
 * needs it. Changes only touch markup that Starlight, Astro or Expressive Code write, or a
 * pattern that is valid HTML; a real nesting, attribute or id error in our code still fails.
 */
export default {
	extends: ['html-validate:recommended', 'html-validate:document'],
	elements: [
		'html5',
		{
			// Expressive Code renders each line of a code block as <div class="ec-line"> inside <code>,
			// and puts an empty <div> (its "Copied!" feedback) inside the copy button.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: { permittedContent: ['@phrasing', 'div'] },
		},
	],
	rules: {
		// Astro writes void elements as <meta/>; both spellings are valid HTML.
		'void-style': 'off',
		// Every script and stylesheet is served from the site's own origin; SRI guards third-party files.
		'require-sri': 'off',
		// Lists styled without bullets keep role="list" (Starlight's and the quiz's) because
		// Safari and VoiceOver otherwise stop announcing them as lists.
		'no-redundant-role': 'off',
		// Starlight (search dialog, table of contents) and Expressive Code (token colours) write
		// style attributes.
		'no-inline-style': 'off',
		// Starlight's page title has id "_top"; any id without spaces is valid HTML.
		'valid-id': ['error', { relaxed: true }],
		// Starlight's "On this page" <h2> comes before the page's <h1> in source order.
		'heading-level': ['error', { minInitialRank: 'h2' }],
		// Starlight renders the table of contents twice (mobile and wide layouts, one shown at a time)
		// with the same label. axe's landmark-unique rule, which sees only rendered landmarks, still runs.
		'unique-landmark': 'off',
		// Starlight's search and menu buttons have no type; outside a form that changes nothing.
		// Our own buttons all set type="button".
		'no-implicit-button-type': 'off',
		// Expressive Code's copy button is named by its title attribute, which this rule ignores;
		// axe's button-name rule computes the real accessible name of every button.
		'text-content': 'off',
		// A quiz's checkboxes share one name per question: a checkbox group, valid HTML.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
		// WCAG technique H32 (a submit button in every form) is about forms that change context when
		// sent. The tools catalogue's filter form never submits: it filters the table in place.
		'wcag/h32': 'off',
		// Starlight's tabs use role="presentation", a synonym of role="none".
		'presentation-role-style': 'off',
		// Astro's pages for the `redirects` option (lessons that moved) start with a lowercase
		// <!doctype html>; the doctype is case-insensitive in HTML.
		'doctype-style': 'off',
	},
};
