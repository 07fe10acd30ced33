import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { hiddenSections, readSiteSettings } from './src/config/site';
import { withHiddenSectionsAsDrafts } from './src/lib/course/hidden-sections';
import { CheckedQuizBankSchema } from './src/lib/quiz/bank-schema';
import { LabSchema } from './src/schemas/lab';
import { LessonFrontmatterSchema } from './src/schemas/lesson';
import { MilestoneSchema } from './src/schemas/milestone';
import { ToolSchema } from './src/schemas/tool';

const yamlIn = (base: string) => glob({ base, pattern: '**/*.{yaml,yml}' });

export const collections = {
	docs: defineCollection({
		loader: withHiddenSectionsAsDrafts(docsLoader(), hiddenSections(readSiteSettings())),
		schema: docsSchema({ extend: LessonFrontmatterSchema }),
	}),
	// The interface's strings, one file per language (src/config/languages.ts).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	quizzes: defineCollection({ loader: yamlIn('./content/quizzes'), schema: CheckedQuizBankSchema }),
	tools: defineCollection({ loader: yamlIn('./content/tools'), schema: ToolSchema }),
	milestones: defineCollection({ loader: yamlIn('./content/milestones'), schema: MilestoneSchema }),
	labs: defineCollection({ loader: yamlIn('./content/labs'), schema: LabSchema }),
};
