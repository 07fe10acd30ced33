import { describe, expect, it } from 'vitest';
import {
	compareToolNames,
	criteriaFromQuery,
	criteriaToQuery,
	defaultCriteria,
	matchesCriteria,
	selectTools,
	toSortOrder,
	type ToolFacets,
} from '../../src/lib/tools/filter';

const tool = (id: string, name: string, category: string, commonality: string, phases: string[]): ToolFacets => ({
	id,
	name,
	category,
	commonality,
	phases,
});

const tools: readonly ToolFacets[] = Object.freeze([
	tool('terraform', 'Terraform', 'iac', 'common', ['develop', 'deploy', 'operate']),
	tool('argo-cd', 'Argo CD', 'cicd', 'optional', ['deploy', 'operate']),
	tool('github-actions', 'GitHub Actions', 'cicd', 'common', ['build', 'test', 'release', 'deploy']),
	tool('pytest', 'pytest', 'testing', 'context-specific', ['develop', 'test']),
	tool('jenkins', 'Jenkins', 'cicd', 'context-specific', ['build', 'test', 'release', 'deploy']),
]);
const ids = (list: ToolFacets[]) => list.map((t) => t.id);

describe('selectTools', () => {
	it('keeps every tool, sorted by name ignoring case, when nothing is filtered', () => {
		expect(ids(selectTools(tools, defaultCriteria))).toEqual(['argo-cd', 'github-actions', 'jenkins', 'pytest', 'terraform']);
	});

	it('filters by category', () => {
		expect(ids(selectTools(tools, { ...defaultCriteria, category: 'cicd' }))).toEqual(['argo-cd', 'github-actions', 'jenkins']);
	});

	it('filters by phase: a tool matches when any of its phases is the chosen one', () => {
		expect(ids(selectTools(tools, { ...defaultCriteria, phase: 'test' }))).toEqual(['github-actions', 'jenkins', 'pytest']);
		expect(ids(selectTools(tools, { ...defaultCriteria, phase: 'monitor' }))).toEqual([]);
	});

	it('filters by commonality', () => {
		expect(ids(selectTools(tools, { ...defaultCriteria, commonality: 'context-specific' }))).toEqual(['jenkins', 'pytest']);
	});

	it('combines filters: a tool must pass all of them', () => {
		const criteria = { ...defaultCriteria, category: 'cicd', phase: 'deploy', commonality: 'common' };
		expect(ids(selectTools(tools, criteria))).toEqual(['github-actions']);
		expect(ids(selectTools(tools, { ...criteria, category: 'iac' }))).toEqual(['terraform']);
		expect(ids(selectTools(tools, { ...criteria, category: 'iac', phase: 'test' }))).toEqual([]);
	});

	it('sorts Z to A', () => {
		expect(ids(selectTools(tools, { ...defaultCriteria, sort: 'name-desc' }))).toEqual([
			'terraform',
			'pytest',
			'jenkins',
			'github-actions',
			'argo-cd',
		]);
		expect(ids(selectTools(tools, { ...defaultCriteria, category: 'cicd', sort: 'name-desc' }))).toEqual([
			'jenkins',
			'github-actions',
			'argo-cd',
		]);
	});

	it('leaves its input untouched', () => {
		const before = ids([...tools]);
		selectTools(tools, { ...defaultCriteria, sort: 'name-desc' });
		expect(ids([...tools])).toEqual(before);
	});
});

describe('matchesCriteria', () => {
	it('treats an empty value as "any"', () => {
		expect(matchesCriteria(tools[0]!, defaultCriteria)).toBe(true);
		expect(matchesCriteria(tools[0]!, { ...defaultCriteria, category: 'cicd' })).toBe(false);
	});
});

describe('compareToolNames', () => {
	it('orders names without regard to case and numbers by value, then by id', () => {
		const names = [
			tool('b', 'tool 10', '', '', []),
			tool('a', 'Tool 9', '', '', []),
			tool('c', 'alpha', '', '', []),
			tool('d', 'Alpha', '', '', []),
		];
		expect(names.sort(compareToolNames).map((t) => t.id)).toEqual(['c', 'd', 'a', 'b']);
	});
});

describe('toSortOrder', () => {
	it('accepts the two orders and falls back to A to Z for anything else', () => {
		expect(toSortOrder('name-desc')).toBe('name-desc');
		expect(toSortOrder('name-asc')).toBe('name-asc');
		expect(toSortOrder('by-colour')).toBe('name-asc');
		expect(toSortOrder('')).toBe('name-asc');
	});
});

describe('criteria in the query string', () => {
	it('leaves defaults out, so the unfiltered catalogue keeps its plain address', () => {
		expect(criteriaToQuery(defaultCriteria)).toBe('');
	});

	it('writes only what differs from the defaults', () => {
		expect(criteriaToQuery({ ...defaultCriteria, category: 'cicd', sort: 'name-desc' })).toBe('?category=cicd&sort=name-desc');
	});

	it('reads back what it wrote', () => {
		const criteria = { category: 'iac', phase: 'deploy', commonality: 'common', sort: 'name-desc' } as const;
		expect(criteriaFromQuery(criteriaToQuery(criteria))).toEqual(criteria);
	});

	it('fills what the query leaves out with defaults and ignores names it does not know', () => {
		expect(criteriaFromQuery('?phase=test&utm_source=mail')).toEqual({ ...defaultCriteria, phase: 'test' });
		expect(criteriaFromQuery('')).toEqual(defaultCriteria);
	});

	it('falls back to A to Z for an unknown sort order', () => {
		expect(criteriaFromQuery('?sort=newest').sort).toBe('name-asc');
	});
});
