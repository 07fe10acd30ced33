import type { Skill } from '../schemas/vocabulary';

/**
 * The junior DevOps interview rubric: its eight dimensions and their weights (they add up to 100).
 * Lessons and questions are tagged with these skills, so readiness is measured in the same terms.
 * A dimension's name is its skill's, an interface string (`vocabulary.skill.<skill>` in
 * content/i18n/<lang>.json, `vocabularyStrings` in src/config/strings/vocabulary.ts). Browser
 * scripts import this table, so it holds no strings.
 */
export const rubric: readonly { skill: Skill; weight: number }[] = [
	{ skill: 'linux-networking', weight: 15 },
	{ skill: 'git', weight: 10 },
	{ skill: 'scripting', weight: 15 },
	{ skill: 'cicd', weight: 15 },
	{ skill: 'iac', weight: 15 },
	{ skill: 'cloud', weight: 10 },
	{ skill: 'observability', weight: 10 },
	{ skill: 'communication', weight: 10 },
];
