import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import english from '../../content/i18n/en.json' with { type: 'json' };
import spanish from '../../content/i18n/es.json' with { type: 'json' };
import { i18nSchema } from '@astrojs/starlight/schema';
import {
	baseKey,
	createTranslate,
	fromStarlight,
	interpolate,
	pickStrings,
	placeholders,
	type StarlightTranslate,
} from '../../src/lib/locale/messages';
import { localizedHref, unlocalizedHref } from '../../src/lib/locale/paths';
import { PSEUDO_LANGUAGE, pseudoDictionary, pseudoTranslate } from '../../src/lib/locale/pseudo';
import { checkTranslation } from '../../src/lib/locale/translation-check';

const sample = {
	'x.lessons_one': '{{count}} lesson left',
	'x.lessons_other': '{{count}} lessons left',
	'x.greet': 'Hello, {{name}}',
};
const sampleEs = {
	'x.lessons_one': 'Queda {{count}} lección',
	'x.lessons_many': 'Quedan {{count}} de lecciones',
	'x.lessons_other': 'Quedan {{count}} lecciones',
};

/** Starlight's translate function as the build gets it: an i18next instance with English as the fallback. */
async function starlightLike(lang: string): Promise<StarlightTranslate> {
	const instance = i18next.createInstance();
	await instance.init({ resources: { en: { s: sample }, es: { s: sampleEs } }, fallbackLng: 'en', ns: ['s'], defaultNS: 's' });
	const t = instance.getFixedT(lang) as unknown as StarlightTranslate;
	t.all = () => instance.getResourceBundle(lang, 's');
	return t;
}

describe('translating in the browser reads as the build does', () => {
	it.each([
		['en', 'x.lessons', { count: 1 }],
		['en', 'x.lessons', { count: 3 }],
		['es', 'x.lessons', { count: 1 }],
		['es', 'x.lessons', { count: 4 }],
		['es', 'x.lessons', { count: 1_000_000 }],
		['es', 'x.greet', { name: 'Ana <b>&</b>' }],
		['en', 'x.greet', {}],
	] as const)('%s %s %o', async (lang, key, values) => {
		const build = fromStarlight(await starlightLike(lang));
		const browser = createTranslate(pickStrings(await starlightLike(lang), sample, ['x.']), lang);
		expect(browser(key as never, values)).toBe(build(key as never, values));
	});

	it('picks the plural form by the language’s rules and leaves values unescaped (Astro escapes them)', () => {
		const t = createTranslate(sampleEs, 'es', sample);
		expect(t('x.lessons' as never, { count: 1 })).toBe('Queda 1 lección');
		expect(t('x.lessons' as never, { count: 1_000_000 })).toBe('Quedan 1000000 de lecciones');
		expect(t('x.greet' as never, { name: '<b>' })).toBe('Hello, <b>');
	});

	it('shows a key no dictionary has as the key, and a placeholder without a value as written', () => {
		expect(createTranslate({}, 'en')('x.none' as never)).toBe('x.none');
		expect(interpolate('{{a}} and {{ b }}', { a: 1 })).toBe('1 and {{ b }}');
		expect(placeholders('{{a}} {{b}} {{a}}')).toEqual(['a', 'b']);
		expect(baseKey('quiz.missed_many')).toBe('quiz.missed');
	});
});

describe('addresses in the page’s language', () => {
	it('puts the locale after the base, once, and takes it off again', () => {
		expect(localizedHref('/onboarding/linux/', '/onboarding/', 'es')).toBe('/onboarding/es/linux/');
		expect(localizedHref('/onboarding/es/linux/', '/onboarding/', 'es')).toBe('/onboarding/es/linux/');
		expect(localizedHref('/onboarding/linux/', '/onboarding/', undefined)).toBe('/onboarding/linux/');
		expect(localizedHref('https://example.com/', '/', 'es')).toBe('https://example.com/');
		expect(unlocalizedHref('/onboarding/es/linux/', '/onboarding/', ['es'])).toBe('/onboarding/linux/');
		expect(unlocalizedHref('/essentials/', '/', ['es'])).toBe('/essentials/');
	});
});

describe('the shipped translations', () => {
	const builtIn = new Set(Object.keys(i18nSchema().shape));

	it('Spanish translates every English string, with every plural form Spanish has and no placeholder English lacks', () => {
		expect(checkTranslation(english, spanish, 'es', builtIn)).toEqual({ problems: [], missing: [] });
	});

	it('English keys use only the site’s own prefixes, never one of Starlight’s', () => {
		expect(Object.keys(english).filter((key) => builtIn.has(key))).toEqual([]);
	});

	it('names a key English lacks, a placeholder English does not fill and a plural short of a form', () => {
		const report = checkTranslation(
			sample,
			{ 'x.greet': 'Hola, {{nombre}}', 'x.typo': 'a', 'x.lessons_one': 'una', 'x.lessons_other': 'varias' },
			'es',
		);
		expect(report.problems).toEqual([
			'"x.greet" uses {{nombre}}, which the English string does not fill in',
			'"x.typo" is not a key of the English strings (content/i18n/en.json)',
			'"x.lessons" needs every plural form es has: add x.lessons_many',
		]);
		expect(checkTranslation(sample, {}, 'es').missing).toEqual(['x.lessons', 'x.greet']);
	});
});

describe('the pseudo-language', () => {
	it('accents and brackets text but keeps placeholders and markup', () => {
		expect(pseudoTranslate('Check {{count}} <b>now</b> &amp; go')).toBe('⟦Çĥéçķ {{count}} <b>ñóŵ</b> &amp; ĝó⟧');
		expect(pseudoTranslate('[COUNT] results for [SEARCH_TERM]')).toBe('⟦[COUNT] ŕéšúĺţš ƒóŕ [SEARCH_TERM]⟧');
		expect(pseudoDictionary({ a: 'Hi' })).toEqual({ a: '⟦Ĥí⟧' });
		expect(PSEUDO_LANGUAGE).toBe('en-XA');
	});
});
