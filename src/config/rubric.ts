import english from '../../content/i18n/en.json' with { type: 'json' };
import type { Skill } from '../schemas/vocabulary';

/**
 * The junior DevOps interview rubric: its eight dimensions and their weights (they add up to 100).
 * Lessons and questions are tagged with these skills, so readiness is measured in the same terms.
 * A dimension's name is an interface string, `vocabulary.skill.<skill>` in content/i18n/<lang>.json,
 * which pages show in their language; `label` is the English one, for the build's reports.
 */
export const rubric: readonly { skill: Skill; label: string; weight: number }[] = [
	{ skill: 'linux-networking', label: english['vocabulary.skill.linux-networking'], weight: 15 },
	{ skill: 'git', label: english['vocabulary.skill.git'], weight: 10 },
	{ skill: 'scripting', label: english['vocabulary.skill.scripting'], weight: 15 },
	{ skill: 'cicd', label: english['vocabulary.skill.cicd'], weight: 15 },
	{ skill: 'iac', label: english['vocabulary.skill.iac'], weight: 15 },
	{ skill: 'cloud', label: english['vocabulary.skill.cloud'], weight: 10 },
	{ skill: 'observability', label: english['vocabulary.skill.observability'], weight: 10 },
	{ skill: 'communication', label: english['vocabulary.skill.communication'], weight: 10 },
];
