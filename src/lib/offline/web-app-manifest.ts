/** What a browser needs to install the site as an app. */

/** The page background of each theme (Starlight's --sl-color-black in custom.css). */
export const THEME_COLOURS = { light: '#ffffff', dark: '#17181c' } as const;

export const MANIFEST_FILE = 'manifest.webmanifest';

export interface AppIcon {
	file: string;
	size: number;
	/** `maskable` icons are cropped to a circle or squircle by the phone: the mark keeps to the middle, on a solid background. */
	purpose: 'any' | 'maskable';
}

/** Icons drawn from public/favicon.svg at build. */
export const MANIFEST_ICONS: readonly AppIcon[] = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	{ file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
];

/** iOS ignores the manifest's icons and fills transparency with black, so it gets its own, on a solid background. */
export const APPLE_TOUCH_ICON: AppIcon = { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'maskable' };

export interface ManifestSite {
	title: string;
	description: string;
	base: string;
}

/** The web app manifest: start URL and scope follow the base path, so a team's copy installs as its own app. */
export function webAppManifest({ title, description, base }: ManifestSite) {
	return {
		name: title,
		short_name: title.length <= 12 ? title : title.split(/\s+/)[0]!.slice(0, 12),
		description,
		id: base,
		start_url: base,
		scope: base,
		display: 'standalone',
		background_color: THEME_COLOURS.light,
		theme_color: THEME_COLOURS.light,
		icons: MANIFEST_ICONS.map((icon) => ({
			src: `${base}${icon.file}`,
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}

/** Head elements every page carries: the manifest, the theme colour per colour scheme, the icon iOS uses. */
export function appHeadTags(base: string) {
	return [
		{ tag: 'link', attrs: { rel: 'manifest', href: `${base}${MANIFEST_FILE}` } },
		{ tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: THEME_COLOURS.light } },
		{ tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: THEME_COLOURS.dark } },
		{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}${APPLE_TOUCH_ICON.file}` } },
	] as const;
}
