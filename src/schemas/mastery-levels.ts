/**
 * Levels of mastery of one rubric skill, lowest first. Apart from the zod schemas (like
 * progress-format.ts) because pages that work out levels must not bundle zod.
 */
export const masteryLevels = ['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
