/**
 * Filtering and sorting of the tools catalogue, shared by the build (which renders rows in the
 * default order) and the browser (which re-orders and hides them), so both agree on the order.
 */

/** What the catalogue knows about a row; a catalogue entry from content/tools fits it. */
export interface ToolFacets {
	id: string;
	name: string;
	category: string;
	commonality: string;
	phases: readonly string[];
}

export const sortOrders = ['name-asc', 'name-desc'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** The filter form's state. An empty string means "any". */
export interface ToolCriteria {
	category: string;
	phase: string;
	commonality: string;
	sort: SortOrder;
}

export const ANY = '';

export const defaultCriteria: ToolCriteria = { category: ANY, phase: ANY, commonality: ANY, sort: 'name-asc' };

// An explicit locale: the build (Node) and the browser must sort identically.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareToolNames(a: Pick<ToolFacets, 'name' | 'id'>, b: Pick<ToolFacets, 'name' | 'id'>): number {
	return collator.compare(a.name, b.name) || collator.compare(a.id, b.id);
}

export function matchesCriteria(tool: ToolFacets, criteria: ToolCriteria): boolean {
	return (
		(criteria.category === ANY || tool.category === criteria.category) &&
		(criteria.commonality === ANY || tool.commonality === criteria.commonality) &&
		(criteria.phase === ANY || tool.phases.includes(criteria.phase))
	);
}

/** The tools that pass every filter, in the chosen order. Never changes its input. */
export function selectTools<T extends ToolFacets>(tools: readonly T[], criteria: ToolCriteria): T[] {
	const direction = criteria.sort === 'name-desc' ? -1 : 1;
	return tools.filter((tool) => matchesCriteria(tool, criteria)).sort((a, b) => direction * compareToolNames(a, b));
}

/** Reads a sort control's value; anything unexpected falls back to A–Z. */
export function toSortOrder(value: string): SortOrder {
	return (sortOrders as readonly string[]).includes(value) ? (value as SortOrder) : defaultCriteria.sort;
}

const criteriaNames = ['category', 'phase', 'commonality', 'sort'] as const satisfies readonly (keyof ToolCriteria)[];

/**
 * Criteria from a page address's query string, so a filtered view can be bookmarked and shared.
 * Names it does not know are ignored; values are taken as given (the form drops any it has no option for).
 */
export function criteriaFromQuery(query: string): ToolCriteria {
	const params = new URLSearchParams(query);
	return {
		category: params.get('category') ?? defaultCriteria.category,
		phase: params.get('phase') ?? defaultCriteria.phase,
		commonality: params.get('commonality') ?? defaultCriteria.commonality,
		sort: toSortOrder(params.get('sort') ?? defaultCriteria.sort),
	};
}

/** The query string ("?..." or "") for criteria; defaults are left out so the plain catalogue keeps its plain address. */
export function criteriaToQuery(criteria: ToolCriteria): string {
	const params = new URLSearchParams();
	for (const name of criteriaNames) if (criteria[name] !== defaultCriteria[name]) params.set(name, criteria[name]);
	const query = params.toString();
	return query ? `?${query}` : '';
}
