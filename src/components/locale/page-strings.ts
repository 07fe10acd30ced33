import { createTranslate, type Translate } from '../../lib/locale/messages';

/**
 * Translates in the browser with the strings the page's components wrote into its markup
 * (UiStrings.astro), in the page's language. A key no component wrote reads as the key.
 */
export function pageStrings(): Translate {
	const dictionary: Record<string, string> = {};
	for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-dp-strings]')) {
		Object.assign(dictionary, JSON.parse(script.textContent || '{}') as Record<string, string>);
	}
	return createTranslate(dictionary, document.documentElement.lang || 'en');
}
