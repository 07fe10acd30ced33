import english from '../../content/i18n/en.json' with { type: 'json' };
import spanish from '../../content/i18n/es.json' with { type: 'json' };
import { createTranslate } from '../../src/lib/locale/messages';

/** The site's English strings, as a page in English translates them. */
export const inEnglish = createTranslate(english, 'en');

/** The Spanish strings over English, as a page in Spanish translates them. */
export const inSpanish = createTranslate(spanish, 'es', english);
