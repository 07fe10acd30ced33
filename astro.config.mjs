// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { readSiteSettings } from './src/config/site.ts';
import { studyGuide } from './src/integrations/study-guide/index.ts';

const settings = readSiteSettings();

export default defineConfig({
	// Content lives in the top-level content/ folder; Starlight's docs loader reads <srcDir>/content/docs.
	srcDir: '.',
	site: settings.url,
	base: settings.base,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: settings.title,
			description: 'A free, no-account learning path from newcomer to junior DevOps engineer.',
			editLink: settings.editBaseUrl ? { baseUrl: settings.editBaseUrl } : undefined,
			sidebar: settings.sections.map((section) =>
				section.directory
					? { label: section.label, items: [{ autogenerate: { directory: section.directory } }] }
					: { label: section.label, link: section.link ?? '/' },
			),
			routeMiddleware: './src/route-middleware.ts',
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
			},
		}),
		studyGuide(settings),
	],
});
