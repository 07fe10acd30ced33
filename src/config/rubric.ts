import type { Skill } from '../schemas/vocabulary';

/**
 * The junior DevOps interview rubric: its eight dimensions and their weights (they add up to 100).
 * Lessons and questions are tagged with these skills, so readiness is measured in the same terms.
 */
export const rubric: readonly { skill: Skill; label: string; weight: number }[] = [
	{ skill: 'linux-networking', label: 'Linux and networking', weight: 15 },
	{ skill: 'git', label: 'Git and collaboration', weight: 10 },
	{ skill: 'scripting', label: 'Scripting and automation', weight: 15 },
	{ skill: 'cicd', label: 'CI/CD', weight: 15 },
	{ skill: 'iac', label: 'Infrastructure as code', weight: 15 },
	{ skill: 'cloud', label: 'Cloud', weight: 10 },
	{ skill: 'observability', label: 'Observability and operations', weight: 10 },
	{ skill: 'communication', label: 'Communication', weight: 10 },
];
