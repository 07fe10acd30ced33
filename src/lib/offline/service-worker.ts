import { generateSW, type GenerateSWOptions } from 'workbox-build';

/** The worker's file, at the root of the built site so its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';


/** The largest single file precached: the whole study guide on one page is about 5 MB. */
const LARGEST_FILE_BYTES = 8 * 1024 * 1024;

/** The cache the study guide PDF goes into the first time a learner downloads it. */
export const PDF_CACHE = 'devops-path-study-guide-pdf';

/**
 * Workbox's options for a built site served under `base`. Pages, scripts, styles, fonts, icons and
 * the search index are precached; the PDF (17 MB, rarely wanted) is kept once downloaded and
 * fetched fresh whenever the network allows, so it is never served stale online.
 */
export function serviceWorkerOptions(dist: string, base: string): GenerateSWOptions {
	return {
		globDirectory: dist,
		globPatterns: ['**/*'],
		// The worker itself, files for hosts and crawlers, and the PDF (cached at runtime instead).
		globIgnores: [SERVICE_WORKER_FILE, '_headers', '_redirects', 'sitemap-*.xml', 'robots.txt', '**/*.pdf', '**/*.map'],
		swDest: `${dist}/${SERVICE_WORKER_FILE}`,
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
	files: number;
	bytes: number;
	warnings: string[];
}

/**
 * Writes the service worker for a finished build. Throws, naming the sizes, when the precache
 * exceeds its budget in bytes (`offlineBudget` in the site settings): a learner's first visit
 * downloads all of it.
 */
export async function writeServiceWorker(dist: string, base: string, budget: number): Promise<PrecacheReport> {
	const { count, size, warnings } = await generateSW(serviceWorkerOptions(dist, base));
	if (size > budget) {
		throw new Error(
			`The offline copy of the site is ${megabytes(size)} in ${count} files, over its budget of ${megabytes(budget)}. Every learner's first visit downloads it: make pages smaller, or raise "offlineBudget" in devops-path.config.json (DEVOPS_PATH_OFFLINE_BUDGET) on purpose.`,
		);
	}
	return { files: count, bytes: size, warnings };
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
