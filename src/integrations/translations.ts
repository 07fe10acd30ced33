import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { i18nSchema } from '@astrojs/starlight/schema';
import { readInterfaceStrings, SOURCE_LANGUAGE, TRANSLATIONS_DIR, type InterfaceLanguage } from '../config/languages.ts';
import { checkTranslation } from '../lib/locale/translation-check.ts';

/**
 * Checks each content/i18n/<lang>.json against the English strings before anything is built: a
 * key English does not have (a typo), a placeholder English does not fill in, or a plural short
 * of a form the language needs stops the build, naming the file and key. Keys not translated yet
 * are allowed and show in English; the build says how many.
 */
export function translations(languages: readonly InterfaceLanguage[]): AstroIntegration {
	return {
		name: 'devops-path:translations',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const english = readInterfaceStrings(SOURCE_LANGUAGE);
				const builtIn = new Set(Object.keys(i18nSchema().shape));
				const failures: string[] = [];
				for (const { lang } of languages) {
					const { problems, missing } = checkTranslation(english, readInterfaceStrings(lang), lang, builtIn);
					failures.push(...problems.map((problem) => `${fileOf(lang)}: ${problem}`));
					if (missing.length)
						logger.warn(
							`${fileOf(lang)}: ${missing.length} of the site's strings are not translated yet and show in English (first: ${missing.slice(0, 3).join(', ')})`,
						);
				}
				if (failures.length)
					throw new Error(`Interface translations have mistakes:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
			},
		},
	};
}

function fileOf(lang: string): string {
	return join(TRANSLATIONS_DIR, `${lang}.json`);
}
