import type { AstroIntegration } from 'astro';
import { interfaceLanguages } from '../config/languages';
import { BANK_FILES_FOLDER } from '../lib/quiz/bank-file';

/**
 * Serves the course data progress scripts fetch, next to the pages: /course-sections.json
 * (lesson keys by section, for sidebar counts), /course-outline.json (the My progress page's outline),
 * /course-questions.json (where each question is practised, for the skill levels), and each question
 * bank with its markup in every language (/quiz-banks/<bank>.json, for the Review page and the exam).
 */
export function courseSections(): AstroIntegration {
	return {
		name: 'devops-path:course-sections',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/course-sections.json', entrypoint: './src/routes/course-sections.json.ts', prerender: true });
				injectRoute({ pattern: '/course-outline.json', entrypoint: './src/routes/course-outline.json.ts', prerender: true });
				injectRoute({ pattern: '/course-questions.json', entrypoint: './src/routes/course-questions.json.ts', prerender: true });
				const banks = { entrypoint: './src/routes/quiz-bank.json.ts', prerender: true };
				injectRoute({ pattern: `/${BANK_FILES_FOLDER}/[bank].json`, ...banks });
				if (interfaceLanguages().length) injectRoute({ pattern: `/[locale]/${BANK_FILES_FOLDER}/[bank].json`, ...banks });
			},
		},
	};
}
