import type { AstroIntegration } from 'astro';

/** Serves /course-sections.json (src/routes/course-sections.json.ts) next to the pages. */
export function courseSections(): AstroIntegration {
	return {
		name: 'devops-path:course-sections',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/course-sections.json', entrypoint: './src/routes/course-sections.json.ts', prerender: true });
			},
		},
	};
}
