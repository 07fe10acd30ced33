import { z } from 'astro/zod';

/**
 * Error option that names the offending value. zod's default messages say what was expected
 * but not what was found, and authors need the value to find the typo.
 */
export function naming(expected: string) {
	return { error: (issue: { input?: unknown }) => `expected ${expected}, got ${JSON.stringify(issue.input) ?? 'nothing'}` };
}

function oneOf(values: readonly string[]) {
	return naming(`one of ${values.map((value) => `"${value}"`).join(', ')}`);
}

/** An enum whose error lists the allowed values and the value found. */
export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, oneOf(values));
}

/**
 * The eight dimensions of the junior DevOps readiness rubric; lessons and questions are tagged with
 * them. A skill's name is an interface string, `vocabulary.skill.<id>` in content/i18n/<lang>.json.
 */
export const skillIds = ['linux-networking', 'git', 'scripting', 'cicd', 'iac', 'cloud', 'observability', 'communication'] as const;
export const SkillSchema = enumOf(skillIds);
export type Skill = z.infer<typeof SkillSchema>;

/** The DevOps lifecycle, in loop order. A phase's name is an interface string, `vocabulary.phase.<id>` in content/i18n/<lang>.json. */
export const phaseIds = ['plan', 'develop', 'build', 'test', 'release', 'deploy', 'operate', 'monitor'] as const;
export const PhaseSchema = enumOf(phaseIds);
export type Phase = z.infer<typeof PhaseSchema>;

export const LevelSchema = enumOf(['foundation', 'core', 'stretch']);
export type Level = z.infer<typeof LevelSchema>;

/** Stable identifiers (lesson keys, quiz ids, question ids, tool ids): lowercase words joined by hyphens. */
export const StableIdSchema = z
	.string(naming('a text id'))
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, naming('lowercase letters, digits and single hyphens, e.g. "lifecycle-build"'));

/** A whole number in a range, whose errors name the value found. */
export function wholeNumber(min: number, max: number) {
	const expected = naming(`a whole number from ${min} to ${max}`);
	return z.number(expected).int(expected).min(min, expected).max(max, expected);
}
