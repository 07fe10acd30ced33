/**
 * Addresses in the page's language. Pages of the root language (English) live at `<base><path>`;
 * the same page in another language at `<base><locale>/<path>`, where Starlight serves it
 * translated, or in English under its notice. Links a page writes keep the reader in its language.
 */
export function localizedHref(href: string, base: string, locale: string | undefined): string {
	if (!locale || !href.startsWith(base)) return href;
	const rest = href.slice(base.length);
	if (rest === locale || rest.startsWith(`${locale}/`)) return href;
	return `${base}${locale}/${rest}`;
}

/** The root language's address of a page in any locale: the inverse of `localizedHref`. */
export function unlocalizedHref(href: string, base: string, locales: readonly string[]): string {
	const locale = localeOf(href, base, locales);
	return locale ? `${base}${href.slice(base.length + locale.length + 1)}` : href;
}

/** The locale a page's path is in, or undefined for the root language. */
export function localeOf(path: string, base: string, locales: readonly string[]): string | undefined {
	if (!path.startsWith(base)) return undefined;
	const rest = path.slice(base.length);
	return locales.find((locale) => rest === locale || rest.startsWith(`${locale}/`));
}
