interface ImportMetaEnv {
	/** The site id from DEVOPS_PATH_ID (src/config/site.ts), set at build for namespacing stored progress. */
	readonly DEVOPS_PATH_SITE_ID: string;
	/** Whether the build wrote a service worker for an offline copy (site setting offlineBudget). */
	readonly DEVOPS_PATH_OFFLINE: boolean;
}

declare namespace StarlightApp {
	/** The site's own interface strings join Starlight's, typed from the English file. */
	type UIStrings = typeof import('../content/i18n/en.json');
	interface I18n extends UIStrings {}
}

declare namespace App {
	interface Locals {
		/**
		 * Set by the route middleware on the first page of a section the per-section sidebar shows as a
		 * window: the heading and every lesson link of that section, which SectionLessons.astro lists.
		 */
		sectionLessons?: { heading: string; lessons: import('./lib/course/sidebar').SidebarLink[] };
	}
}
