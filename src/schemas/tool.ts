import { z } from 'astro/zod';
import { enumOf, naming, PhaseSchema } from './vocabulary';

export const toolCategories = {
	cloud: 'Cloud platforms',
	cicd: 'CI/CD',
	'source-control': 'Source control',
	containers: 'Containers and orchestration',
	iac: 'Infrastructure as code',
	observability: 'Observability',
	security: 'Security',
	itsm: 'IT service management',
	collaboration: 'Collaboration',
	scripting: 'Scripting',
	artifacts: 'Artifact repositories',
	testing: 'Testing',
	identity: 'Identity and access',
	'config-management': 'Configuration management',
	'quality-gates': 'Quality gates',
} as const;
export const ToolCategorySchema = enumOf(Object.keys(toolCategories) as [keyof typeof toolCategories]);

export const commonalityLabels = {
	common: 'Common',
	optional: 'Optional',
	'context-specific': 'Context-specific',
} as const;
export const CommonalitySchema = enumOf(Object.keys(commonalityLabels) as [keyof typeof commonalityLabels]);

/** One entry of the tools catalogue: content/tools/<id>.yaml. */
export const ToolSchema = z.object({
	name: z.string().min(1).describe('The name as its makers write it.'),
	category: ToolCategorySchema.describe('The group the catalogue lists it in.'),
	use: z.string().min(1).describe('What the tool is for, in a short phrase.'),
	commonality: CommonalitySchema.describe('How likely a junior is to meet it.'),
	phases: z.array(PhaseSchema, naming('a list of phases')).min(1).describe('Lifecycle phases it serves.'),
	docs: z.url({ protocol: /^https$/, ...naming('an https:// URL') }).describe("The tool's official documentation (https)."),
	junior: z.string().min(1).describe('One line on what a junior engineer does with it.'),
});
export type Tool = z.infer<typeof ToolSchema>;
