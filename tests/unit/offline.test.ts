import { describe, expect, it } from 'vitest';
import { appHeadTags, MANIFEST_ICONS, webAppManifest } from '../../src/lib/offline/web-app-manifest';

describe('the web app manifest', () => {
	it('starts, scopes and finds its icons under the base path', () => {
		const manifest = webAppManifest({ title: 'Acme onboarding', description: 'Our wiki', base: '/onboarding/' });
		expect(manifest).toMatchObject({
			name: 'Acme onboarding',
			short_name: 'Acme',
			id: '/onboarding/',
			start_url: '/onboarding/',
			scope: '/onboarding/',
			display: 'standalone',
		});
		expect(manifest.icons.map((icon) => icon.src)).toEqual(MANIFEST_ICONS.map((icon) => `/onboarding/${icon.file}`));
		expect(manifest.icons.filter((icon) => icon.purpose === 'maskable')).toHaveLength(1);
	});

	it('keeps a short title whole as the short name', () => {
		expect(webAppManifest({ title: 'DevOps Path', description: '', base: '/' }).short_name).toBe('DevOps Path');
	});

	it('gives every page the manifest, a theme colour per colour scheme and an iOS icon, under the base path', () => {
		const tags = appHeadTags('/onboarding/');
		expect(tags.map((tag) => ('href' in tag.attrs ? tag.attrs.href : tag.attrs.media))).toEqual([
			'/onboarding/manifest.webmanifest',
			'(prefers-color-scheme: light)',
			'(prefers-color-scheme: dark)',
			'/onboarding/icons/apple-touch-icon.png',
		]);
	});
});
