import type { AstroIntegration } from 'astro';
import { hiddenSections, type SiteSettings } from '../config/site.ts';

/**
 * Sections a site switches off are drafts (see content.config.ts). This adds the middleware that
 * turns links to their pages into plain text, so the pages that remain never link to a 404.
 */
export function hiddenSectionLinks(settings: SiteSettings): AstroIntegration {
	return {
		name: 'devops-path:hidden-sections',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				if (hiddenSections(settings).length === 0) return;
				addMiddleware({ entrypoint: new URL('./hidden-sections-middleware.ts', import.meta.url), order: 'post' });
			},
		},
	};
}
