import type { Translate } from '../../lib/locale/messages';
import type { commonalityLabels, toolCategories } from '../../schemas/tool';

/** Where the catalogue's count has the number of tools shown, which its script puts in. */
export const SHOWN_PLACEHOLDER = '{{shown}}';

/** What the tools catalogue and the per-phase tool tables say; keys `tools.*`. */
export const toolsStrings = (t: Translate) => ({
	shown: (shown: number, total: number) => (shown === 0 ? t('tools.noneShown', { total }) : t('tools.shown', { shown, total })),
	/** The count with the total filled in and SHOWN_PLACEHOLDER for how many are shown. */
	shownTemplate: (total: number) => t('tools.shown', { shown: SHOWN_PLACEHOLDER, total }),
	filtersLabel: t('tools.filtersLabel'),
	category: t('tools.category'),
	phase: t('tools.phase'),
	commonality: t('tools.commonality'),
	sort: t('tools.sort'),
	anyCategory: t('tools.anyCategory'),
	anyPhase: t('tools.anyPhase'),
	anyCommonality: t('tools.anyCommonality'),
	sortNameAsc: t('tools.sortNameAsc'),
	sortNameDesc: t('tools.sortNameDesc'),
	showAll: t('tools.showAll'),
	scrollHint: t('tools.scrollHint'),
	caption: t('tools.caption'),
	columnTool: t('tools.columnTool'),
	columnCategory: t('tools.columnCategory'),
	columnUse: t('tools.columnUse'),
	columnCommonality: t('tools.columnCommonality'),
	columnPhases: t('tools.columnPhases'),
	columnJunior: t('tools.columnJunior'),
	seeCatalogue: t('tools.seeCatalogue'),
	/** The name of each category a tool's `category` field takes (src/schemas/tool.ts). */
	categories: {
		cloud: t('tools.categories.cloud'),
		cicd: t('tools.categories.cicd'),
		'source-control': t('tools.categories.source-control'),
		containers: t('tools.categories.containers'),
		iac: t('tools.categories.iac'),
		observability: t('tools.categories.observability'),
		security: t('tools.categories.security'),
		itsm: t('tools.categories.itsm'),
		collaboration: t('tools.categories.collaboration'),
		scripting: t('tools.categories.scripting'),
		artifacts: t('tools.categories.artifacts'),
		testing: t('tools.categories.testing'),
		identity: t('tools.categories.identity'),
		'config-management': t('tools.categories.config-management'),
		'quality-gates': t('tools.categories.quality-gates'),
	} satisfies Record<keyof typeof toolCategories, string>,
	/** How common a tool is, for each value of its `commonality` field. */
	commonalities: {
		common: t('tools.commonalities.common'),
		optional: t('tools.commonalities.optional'),
		'context-specific': t('tools.commonalities.context-specific'),
	} satisfies Record<keyof typeof commonalityLabels, string>,
});
