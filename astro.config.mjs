// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { readSiteSettings } from './src/config/site.ts';
import { courseSections } from './src/integrations/course-sections.ts';
import { hiddenSectionLinks } from './src/integrations/hidden-sections.ts';
import { securityPolicy } from './src/integrations/security-policy.ts';
import { studyGuide } from './src/integrations/study-guide/index.ts';

const settings = readSiteSettings();

/**
 * Lessons that moved to their own section keep their old address working. Astro does not add
 * the base path to a redirect's destination, so it is added here; a redirect into a section the
 * site leaves out would lead nowhere, so it is dropped.
 */
const movedLessons = {
	'/fundamentals/containers-kubernetes/': 'containers/images-and-dockerfiles/',
	'/fundamentals/infrastructure-as-code/': 'terraform/workflow/',
};
const shownDirectories = new Set(settings.sections.map((section) => section.directory));
const redirects = Object.fromEntries(
	Object.entries(movedLessons)
		.filter(([, to]) => shownDirectories.has(to.split('/')[0]))
		.map(([from, to]) => [from, `${settings.base}${to}`]),
);

const components = {
	MarkdownContent: './src/components/MarkdownContent.astro',
	PageTitle: './src/components/PageTitle.astro',
	Sidebar: './src/components/Sidebar.astro',
	// Starlight's own versions throw when the browser blocks storage.
	ThemeProvider: './src/components/ThemeProvider.astro',
	ThemeSelect: './src/components/ThemeSelect.astro',
};

export default defineConfig({
	// Content lives in the top-level content/ folder; Starlight's docs loader reads <srcDir>/content/docs.
	srcDir: '.',
	site: settings.url,
	base: settings.base,
	trailingSlash: 'always',
	redirects,
	vite: {
		// Browser code namespaces stored progress by site id (and base path, which Vite provides).
		define: { 'import.meta.env.DEVOPS_PATH_SITE_ID': JSON.stringify(settings.id) },
	},
	integrations: [
		starlight({
			title: settings.title,
			// Fails the build on a link or #fragment in content that points at no page or heading.
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
			description: 'A free, no-account learning path from newcomer to junior DevOps engineer.',
			editLink: settings.editBaseUrl ? { baseUrl: settings.editBaseUrl } : undefined,
			sidebar: settings.sections.map((section) =>
				section.directory
					? { label: section.label, items: [{ autogenerate: { directory: section.directory } }] }
					: { label: section.label, link: section.link ?? '/' },
			),
			routeMiddleware: './src/route-middleware.ts',
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
			components,
		}),
		// Before the study guide: its PDF is printed from pages that already carry their final policy.
		securityPolicy({ overrides: components }),
		studyGuide(settings),
		hiddenSectionLinks(settings),
		courseSections(),
	],
});
