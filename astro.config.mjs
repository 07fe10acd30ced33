// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { interfaceLanguages, readInterfaceStrings, sectionLabelTranslations, starlightLocales } from './src/config/languages.ts';
import { readSiteSettings } from './src/config/site.ts';
import { courseSections } from './src/integrations/course-sections.ts';
import { hiddenSectionLinks } from './src/integrations/hidden-sections.ts';
import { securityPolicy } from './src/integrations/security-policy.ts';
import { studyGuide } from './src/integrations/study-guide/index.ts';
import { browserZlibStub } from './src/integrations/browser-zlib-stub.ts';
import { offline } from './src/integrations/offline.ts';
import { translations } from './src/integrations/translations.ts';
import { appHeadTags } from './src/lib/offline/web-app-manifest.ts';

const settings = readSiteSettings();
const languages = interfaceLanguages();
// Each language's strings, read once for the sidebar's section names.
const languageStrings = new Map(languages.map(({ lang }) => [lang, readInterfaceStrings(lang)]));
const description = 'A free, no-account learning path from newcomer to junior DevOps engineer.';

/**
 * Lessons that moved to a section of their own: old address, new section and page in it (none:
 * the section's overview). Keys, and so progress, did not change.
 */
const movedPages = [
	{ from: '/fundamentals/linux/', section: 'linux' },
	{ from: '/fundamentals/scripting/', section: 'scripting' },
	{ from: '/fundamentals/git/', section: 'git', page: 'pull-request-workflow' },
	{ from: '/fundamentals/networking/', section: 'networking', page: 'essentials' },
	{ from: '/fundamentals/containers-kubernetes/', section: 'containers', page: 'images-and-dockerfiles' },
	{ from: '/fundamentals/infrastructure-as-code/', section: 'terraform', page: 'workflow' },
];

/**
 * Astro prefixes the base to a redirect's source but not to its destination. A section left out
 * of the build has no page to send anyone to, so its redirect is left out too.
 * @param {import('./src/config/site.ts').SiteSettings} settings
 */
function movedPageRedirects({ base, sections }) {
	const shown = new Set(sections.map((section) => section.id));
	return Object.fromEntries(
		movedPages
			.filter(({ section }) => shown.has(section))
			.map(({ from, section, page }) => [from, `${base}${section}/${page ? `${page}/` : ''}`]),
	);
}

const components = {
	// Starlight's banner, plus the notice that a new version of the site is ready.
	Banner: './src/components/Banner.astro',
	MarkdownContent: './src/components/MarkdownContent.astro',
	// Starlight's tables of contents, marked by a script that measures only the headings.
	MobileTableOfContents: './src/components/MobileTableOfContents.astro',
	PageTitle: './src/components/PageTitle.astro',
	Sidebar: './src/components/Sidebar.astro',
	TableOfContents: './src/components/TableOfContents.astro',
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
	redirects: movedPageRedirects(settings),
	// Starlight turns on prefetching of every link on hover. Its script walks every link of the
	// page and watches the whole DOM for new ones (each quiz render), which costs a lesson page
	// 120-200 ms of main thread on a throttled phone for a gain a static page does not need.
	prefetch: false,
	vite: {
		// Stylesheets up to 8 KB (the quiz's among them) are inlined with the page's other small
		// styles, where they compress together; a separate file of each costs more per page.
		// Code loaded on demand (the quiz engine, a lab's workspace, the review scheduler) is fetched
		// when asked for, not preloaded, so pages carry no lists of the chunks it would need.
		build: { assetsInlineLimit: 8192, modulePreload: false },
		plugins: [browserZlibStub()],
		// The lab's shell runs in a worker, which Vite bundles on its own with these plugins.
		worker: { format: 'es', plugins: () => [browserZlibStub()] },
		// Browser code namespaces stored progress by site id (and base path, which Vite provides).
		define: {
			'import.meta.env.DEVOPS_PATH_SITE_ID': JSON.stringify(settings.id),
			'import.meta.env.DEVOPS_PATH_OFFLINE': JSON.stringify(settings.offlineBudget > 0),
		},
	},
	integrations: [
		// First: a mistake in a translation stops the build before anything is rendered.
		translations(languages),
		starlight({
			title: settings.title,
			// Fails the build on a link or #fragment in content that points at no page or heading.
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
			description,
			// English at the root; each content/i18n/<lang>.json adds the interface in that language.
			defaultLocale: 'root',
			locales: starlightLocales(languages),
			head: [...appHeadTags(settings.base)],
			editLink: settings.editBaseUrl ? { baseUrl: settings.editBaseUrl } : undefined,
			sidebar: settings.sections.map((section) => {
				const translations = sectionLabelTranslations(section.id, languages, (lang) => languageStrings.get(lang) ?? {});
				return section.directory
					? { label: section.label, translations, items: [{ autogenerate: { directory: section.directory } }] }
					: { label: section.label, translations, link: section.link ?? '/' };
			}),
			routeMiddleware: './src/route-middleware.ts',
			expressiveCode: {
				// Long lines wrap instead of scrolling, so code never widens a phone screen and needs no scroll region.
				defaultProps: { wrap: true },
				// Expressive Code's reset (`all: revert` on every element of a block) was a third of the
				// style work of a lesson at load; the site's own styles never reach into a block
				// (Starlight's stop at .not-content), so the reset guards against nothing here.
				useStyleReset: false,
			},
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
			components,
		}),
		// Before the study guide: its PDF is printed from pages that already carry their final policy
		// and their stylesheets in the head.
		securityPolicy({ overrides: components }),
		studyGuide(settings),
		hiddenSectionLinks(settings),
		courseSections(),
		// Last: the worker precaches the pages as every step above left them.
		offline({
			title: settings.title,
			description,
			base: settings.base,
			budgetMegabytes: settings.offlineBudget,
			iconSource: './public/favicon.svg',
			locales: languages.map(({ locale }) => locale),
		}),
	],
});
