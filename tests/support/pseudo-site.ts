import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PSEUDO_LANGUAGE, pseudoDictionary, pseudoTranslate } from '../../src/lib/locale/pseudo';
import { TRANSLATIONS_DIR } from '../../src/config/languages';
import { root } from './content-files';
import { buildProjectCopy } from './project-copy';

/**
 * A copy of the site whose only second language is a pseudo-language (src/lib/locale/pseudo.ts),
 * added the way a team adds a language: one content/i18n file, and one translated lesson in
 * content/docs/<locale>/. A page in it that shows plain English interface text has a string that
 * never went through the translations.
 */
export const pseudoSite = join(root, '.pseudo-site');
export const pseudoDist = join(pseudoSite, 'dist');
export const pseudoLocale = PSEUDO_LANGUAGE.toLowerCase();
export const pseudoConfig = {
	id: 'pseudo',
	sections: ['start-here', 'role', 'linux', 'tools', 'progress', 'study-guide'],
	offlineBudget: 0,
};
/** Where the pseudo-site's build is told Chromium is: no file is there. */
export const missingChromium = join(pseudoSite, 'no-chromium');
/** The lesson translated into the pseudo-language, and its title there. */
export const translatedLesson = { path: 'role/index.mdx', href: 'role/', title: pseudoTranslate('The role') };

/** Expressive Code's own English strings, which Starlight fills in when a language file lacks them. */
const expressiveCodeEnglish = {
	'expressiveCode.copyButtonCopied': 'Copied!',
	'expressiveCode.copyButtonTooltip': 'Copy to clipboard',
	'expressiveCode.terminalWindowFallbackTitle': 'Terminal window',
};

/** Pagefind's own English strings for the keys Starlight lets a language file set. */
const pagefindEnglish = {
	'pagefind.clear_search': 'Clear',
	'pagefind.load_more': 'Load more results',
	'pagefind.search_label': 'Search this site',
	'pagefind.filters_label': 'Filters',
	'pagefind.zero_results': 'No results for [SEARCH_TERM]',
	'pagefind.many_results': '[COUNT] results for [SEARCH_TERM]',
	'pagefind.one_result': '[COUNT] result for [SEARCH_TERM]',
	'pagefind.alt_search': 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
	'pagefind.search_suggestion': 'No results for [SEARCH_TERM]. Try one of the following searches:',
	'pagefind.searching': 'Searching for [SEARCH_TERM]...',
};

/** Every English interface string the site shows: its own, Starlight's, Expressive Code's and Pagefind's. */
export async function englishInterfaceStrings(): Promise<Record<string, string>> {
	// Starlight's English strings are not among its package exports; the file is read where npm put it.
	const starlightFile = join(root, 'node_modules', '@astrojs', 'starlight', 'dist', 'translations', 'en.js');
	const starlight = (await import(pathToFileURL(starlightFile).href)).default as Record<string, string>;
	const own = JSON.parse(readFileSync(join(root, TRANSLATIONS_DIR, 'en.json'), 'utf8')) as Record<string, string>;
	return { ...starlight, ...expressiveCodeEnglish, ...pagefindEnglish, ...own };
}

export async function buildPseudoSite(): Promise<number> {
	const strings = pseudoDictionary(await englishInterfaceStrings());
	return buildProjectCopy(
		pseudoSite,
		pseudoConfig,
		() => {
			const translations = join(pseudoSite, TRANSLATIONS_DIR);
			rmSync(translations, { recursive: true });
			mkdirSync(translations);
			cpSync(join(root, TRANSLATIONS_DIR, 'en.json'), join(translations, 'en.json'));
			writeFileSync(join(translations, `${PSEUDO_LANGUAGE}.json`), `${JSON.stringify(strings, null, '\t')}\n`);
			const source = readFileSync(join(root, 'content', 'docs', translatedLesson.path), 'utf8');
			const translated = join(pseudoSite, 'content', 'docs', pseudoLocale, translatedLesson.path);
			mkdirSync(dirname(translated), { recursive: true });
			writeFileSync(translated, source.replace(/^title: .*$/m, `title: ${translatedLesson.title}`));
		},
		// Built as on a machine without Chromium (pseudo-site/no-chromium.spec.ts checks what that
		// build says and offers); the PDF is printed in English only, so nothing is lost here.
		{ CHROMIUM_PATH: missingChromium },
	);
}
