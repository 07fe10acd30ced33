/** What the tools catalogue and the per-phase tool tables say. */
export const toolsStrings = {
	filtersLabel: 'Filter and sort the tools',
	category: 'Category',
	phase: 'Lifecycle phase',
	commonality: 'How common',
	sort: 'Sort',
	anyCategory: 'Any category',
	anyPhase: 'Any phase',
	anyCommonality: 'Any',
	sortNameAsc: 'Name, A to Z',
	sortNameDesc: 'Name, Z to A',
	showAll: 'Show all tools',
	shown: (shown: number, total: number) =>
		shown === 0 ? `No tools match these filters (0 of ${total} shown).` : `${shown} of ${total} tools shown`,
	caption: 'Tools a junior DevOps engineer meets, with their category, lifecycle phases and what a junior does with them',
	columnTool: 'Tool',
	columnCategory: 'Category',
	columnUse: 'What it is for',
	columnCommonality: 'How common',
	columnPhases: 'Phases',
	columnJunior: 'What a junior does with it',
	seeCatalogue: 'See every tool in the catalogue',
} as const;
