// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { readSiteSettings } from './src/config/site.ts';
import { courseSections } from './src/integrations/course-sections.ts';

const settings = readSiteSettings();

export default defineConfig({
	// Content lives in the top-level content/ folder; Starlight's docs loader reads <srcDir>/content/docs.
	srcDir: '.',
	site: settings.url,
	base: settings.base,
	trailingSlash: 'always',
	vite: {
		// Browser code namespaces stored progress by site id (and base path, which Vite provides).
		define: { 'import.meta.env.DEVOPS_PATH_SITE_ID': JSON.stringify(settings.id) },
	},
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
			customCss: ['./src/styles/custom.css'],
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
				PageTitle: './src/components/PageTitle.astro',
				Sidebar: './src/components/Sidebar.astro',
				// Starlight's own versions throw when the browser blocks storage.
				ThemeProvider: './src/components/ThemeProvider.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
			},
		}),
		courseSections(),
	],
});
