import { readdirSync } from 'node:fs';
import { generateSW, type GenerateSWOptions } from 'workbox-build';
import { BANK_FILES_FOLDER } from '../quiz/bank-file';

/** The worker's file, at the root of the built site so its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The largest single file precached: the whole study guide on one page is about 5 MB. */
const LARGEST_FILE_BYTES = 8 * 1024 * 1024;

/** The cache the study guide PDF goes into the first time a learner downloads it. */
export const PDF_CACHE = 'devops-path-study-guide-pdf';

/** Files no copy precaches: the workers, files for hosts and crawlers, and the PDF (cached at runtime instead). */
const NEVER_PRECACHED = [
	SERVICE_WORKER_FILE,
	`**/${SERVICE_WORKER_FILE}`,
	'_headers',
	'_redirects',
	'sitemap-*.xml',
	'robots.txt',
	'**/*.pdf',
	'**/*.map',
];

/**
 * One offline copy: the site in one language. English pages sit at the root and each other
 * language's under its locale (es/), each with its own worker whose scope is its folder, so a
 * learner's first visit stores the pages of the language they read, plus the shared scripts,
 * styles and that language's part of the search index, and not every translation.
 */
export interface OfflineCopy {
	/** '' for the root language, else the locale's folder (es). */
	locale: string;
	/** The other languages' locales. */
	others: readonly string[];
	/** The root language's tag as the search index names it (en). */
	rootLang: string;
}

/** The copies a site with these locales gets: the root one, then one per locale. */
export function offlineCopies(locales: readonly string[], rootLang = 'en'): OfflineCopy[] {
	return ['', ...locales].map((locale) => ({ locale, others: locales.filter((other) => other !== locale), rootLang }));
}

/** Where a copy's worker is, relative to the site's root: sw.js, es/sw.js. */
export function workerPath(locale: string): string {
	return locale ? `${locale}/${SERVICE_WORKER_FILE}` : SERVICE_WORKER_FILE;
}

/**
 * Workbox's options for one copy of a built site served under `base`. Pages, scripts, styles,
 * fonts, icons and the search index are precached; the PDF (17 MB, rarely wanted) is kept once
 * downloaded and fetched fresh whenever the network allows, so it is never served stale online.
 * `topLevel` lists what sits at the root of dist, to tell the root language's pages apart.
 */
export function serviceWorkerOptions(
	dist: string,
	base: string,
	copy: OfflineCopy = offlineCopies([])[0]!,
	topLevel: readonly string[] = [],
): GenerateSWOptions {
	const otherSearchLanguages = copy.locale ? [copy.rootLang, ...copy.others] : copy.others;
	const otherPages = copy.locale
		? // Pages of the root language: those at the root and in its folders, which are not locales, and its question banks.
			[
				'*.html',
				...topLevel.filter((name) => name !== copy.locale && !copy.others.includes(name)).map((name) => `${name}/**/*.html`),
				`${BANK_FILES_FOLDER}/**`,
			]
		: [];
	return {
		globDirectory: dist,
		globPatterns: ['**/*'],
		globIgnores: [
			...NEVER_PRECACHED,
			...copy.others.map((locale) => `${locale}/**`),
			...otherPages,
			// Pagefind names each language's index files after it: pagefind.es_<hash>.pf_meta, wasm.es.pagefind, index/es_<hash>.pf_index.
			...otherSearchLanguages.flatMap((lang) => [`pagefind/**/${lang}_*`, `pagefind/pagefind.${lang}_*`, `pagefind/wasm.${lang}.pagefind`]),
		],
		swDest: `${dist}/${workerPath(copy.locale)}`,
		// Paths in the manifest are relative to dist; the site answers under its base path.
		modifyURLPrefix: { '': base },
		// Pagefind asks for its entry file with ?ts=<now> to dodge HTTP caches; the precached copy
		// is the one that matches this build, whatever the parameter.
		ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^fbclid$/],
		// Names under _astro/ carry a hash of their content already.
		dontCacheBustURLsMatching: /\/_astro\//,
		maximumFileSizeToCacheInBytes: LARGEST_FILE_BYTES,
		// One file, served from the site itself: no workbox-*.js beside it and no CDN.
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		// A new version waits until the learner chooses to reload (the page offers it), so a page
		// never runs against files from two builds.
		skipWaiting: false,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		runtimeCaching: [
			{
				urlPattern: ({ url }) => url.pathname.endsWith('.pdf'),
				handler: 'NetworkFirst',
				options: { cacheName: PDF_CACHE, expiration: { maxEntries: 4 } },
			},
		],
	};
}

export interface PrecacheReport {
	/** '' for the root language's copy, else its locale. */
	locale: string;
	files: number;
	bytes: number;
	warnings: string[];
}

/**
 * Writes the service workers for a finished build, one per language (`locales`, Starlight's
 * locale folders). Throws, naming the sizes, when a copy exceeds its budget in bytes
 * (`offlineBudget` in the site settings): a learner's first visit downloads all of it.
 */
export async function writeServiceWorkers(
	dist: string,
	base: string,
	budget: number,
	locales: readonly string[] = [],
): Promise<PrecacheReport[]> {
	const topLevel = readdirSync(dist);
	const reports: PrecacheReport[] = [];
	for (const copy of offlineCopies(locales)) {
		const { count, size, warnings } = await generateSW(serviceWorkerOptions(dist, base, copy, topLevel));
		if (size > budget) {
			const which = copy.locale ? `The offline copy of the site in "${copy.locale}"` : 'The offline copy of the site';
			throw new Error(
				`${which} is ${megabytes(size)} in ${count} files, over its budget of ${megabytes(budget)}. Every learner's first visit downloads it: make pages smaller, or raise "offlineBudget" in devops-path.config.json (DEVOPS_PATH_OFFLINE_BUDGET) on purpose.`,
			);
		}
		reports.push({ locale: copy.locale, files: count, bytes: size, warnings });
	}
	return reports;
}

export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The worker a build writes when the site has no offline copy (offlineBudget 0). Browsers that kept
 * an earlier build's worker fetch this one on their next visit: it deletes the kept copy and
 * unregisters itself, so no learner is left on an old version of the site.
 */
export const RETIRING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
	event.waitUntil(caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))).then(() => self.registration.unregister()));
});
`;
