import type { AstroIntegration } from 'astro';

/**
 * Serves the course data progress scripts fetch, next to the pages: /course-sections.json
 * (lesson keys by section, for sidebar counts), /course-outline.json (the My progress page's outline)
 * and /course-questions.json (where each question is practised, for the skill levels).
 */
export function courseSections(): AstroIntegration {
	return {
		name: 'devops-path:course-sections',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/course-sections.json', entrypoint: './src/routes/course-sections.json.ts', prerender: true });
				injectRoute({ pattern: '/course-outline.json', entrypoint: './src/routes/course-outline.json.ts', prerender: true });
				injectRoute({ pattern: '/course-questions.json', entrypoint: './src/routes/course-questions.json.ts', prerender: true });
			},
		},
	};
}
