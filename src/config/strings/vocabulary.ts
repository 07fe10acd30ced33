import type { Translate } from '../../lib/locale/messages';
import type { Phase, Skill } from '../../schemas/vocabulary';

/**
 * Names of the course's fixed vocabulary (src/schemas/vocabulary.ts), wherever a page shows them:
 * the lifecycle loop, the tools catalogue, the scorecard, the exam, skill levels, shared progress
 * and the team table. Keys `vocabulary.*`.
 */
export const vocabularyStrings = (t: Translate) => ({
	/** Each lifecycle phase's name. */
	phases: {
		plan: t('vocabulary.phase.plan'),
		develop: t('vocabulary.phase.develop'),
		build: t('vocabulary.phase.build'),
		test: t('vocabulary.phase.test'),
		release: t('vocabulary.phase.release'),
		deploy: t('vocabulary.phase.deploy'),
		operate: t('vocabulary.phase.operate'),
		monitor: t('vocabulary.phase.monitor'),
	} satisfies Record<Phase, string>,
	/** Each skill's name, which is also its rubric dimension's (src/config/rubric.ts). */
	skills: {
		'linux-networking': t('vocabulary.skill.linux-networking'),
		git: t('vocabulary.skill.git'),
		scripting: t('vocabulary.skill.scripting'),
		cicd: t('vocabulary.skill.cicd'),
		iac: t('vocabulary.skill.iac'),
		cloud: t('vocabulary.skill.cloud'),
		observability: t('vocabulary.skill.observability'),
		communication: t('vocabulary.skill.communication'),
	} satisfies Record<Skill, string>,
});

export type VocabularyStrings = ReturnType<typeof vocabularyStrings>;
