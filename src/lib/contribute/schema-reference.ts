import { z } from 'astro/zod';
import { StableIdSchema } from '../../schemas/vocabulary';

/**
 * The authoring reference, read off the zod schemas the build validates with, so the
 * documentation of every field can never disagree with what the build accepts.
 */
export interface FieldRow {
	/** Dotted path, `[]` marking list items, e.g. `options[].feedback`. */
	path: string;
	type: string;
	required: boolean;
	default?: string;
	description: string;
}

interface JsonSchema {
	type?: string;
	const?: unknown;
	enum?: unknown[];
	oneOf?: JsonSchema[];
	anyOf?: JsonSchema[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	minItems?: number;
	maxItems?: number;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	pattern?: string;
	format?: string;
	default?: unknown;
	description?: string;
}

const idPattern = (z.toJSONSchema(StableIdSchema) as JsonSchema).pattern;

function toJson(schema: z.ZodType): JsonSchema {
	// Input shape: what an author writes, so fields with a default count as optional.
	return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

function count(node: JsonSchema): string {
	const { minItems: min, maxItems: max } = node;
	if (min !== undefined && max !== undefined) return ` (${min} to ${max})`;
	if (min !== undefined && min > 0) return ` (at least ${min})`;
	if (max !== undefined) return ` (at most ${max})`;
	return '';
}

export function typeText(node: JsonSchema): string {
	if (node.const !== undefined) return JSON.stringify(node.const);
	if (node.enum) return `one of ${node.enum.map((value) => JSON.stringify(value)).join(', ')}`;
	if (node.oneOf || node.anyOf) return 'object of one of several kinds';
	switch (node.type) {
		case 'integer':
			return node.minimum !== undefined && node.maximum !== undefined
				? `whole number from ${node.minimum} to ${node.maximum}`
				: 'whole number';
		case 'number':
			return 'number';
		case 'boolean':
			return 'true or false';
		case 'array':
			return `list of ${node.items ? plural(typeText(node.items)) : 'values'}${count(node)}`;
		case 'object':
			return 'object';
		case 'string':
			if (node.pattern && node.pattern === idPattern) return 'id: lowercase letters, digits and single hyphens';
			if (node.pattern) return `text matching ${node.pattern}`;
			if (node.format === 'uri') return 'web address';
			return 'text';
		default:
			return 'any value';
	}
}

function plural(type: string): string {
	if (type === 'object of one of several kinds') return 'objects of several kinds';
	if (type.startsWith('one of ')) return type.replace(/^one of /, 'values from ');
	if (type.startsWith('id:')) return `ids (${type.slice(4)})`;
	if (type === 'text') return 'texts';
	if (type === 'object') return 'objects';
	if (type.startsWith('list of ')) return `lists of ${type.slice(8)}`;
	return type;
}

function rowsOf(node: JsonSchema, prefix: string): FieldRow[] {
	const required = new Set(node.required ?? []);
	return Object.entries(node.properties ?? {}).flatMap(([name, field]) => {
		const path = `${prefix}${name}`;
		const row: FieldRow = {
			path,
			type: typeText(field),
			required: required.has(name),
			...(field.default !== undefined ? { default: JSON.stringify(field.default) } : {}),
			description: field.description ?? (field.const !== undefined ? 'Always this value.' : ''),
		};
		const nested =
			field.type === 'object'
				? rowsOf(field, `${path}.`)
				: field.type === 'array' && field.items?.properties
					? rowsOf(field.items, `${path}[].`)
					: [];
		return [row, ...nested];
	});
}

/** One row per field of an object schema, nested objects and lists of objects included. */
export function fieldRows(schema: z.ZodType): FieldRow[] {
	return rowsOf(toJson(schema), '');
}

/** Fields every variant of a union has in common, and per variant the fields only it has. */
export function splitVariants<K extends string>(variants: Record<K, z.ZodType>): { common: FieldRow[]; own: Record<K, FieldRow[]> } {
	const rows = Object.fromEntries(Object.entries(variants).map(([key, schema]) => [key, fieldRows(schema as z.ZodType)])) as Record<
		K,
		FieldRow[]
	>;
	const all = Object.values<FieldRow[]>(rows);
	const inAll = (path: string) =>
		all.every((list) => list.some((row) => row.path === path && row.type === all[0]!.find((r) => r.path === path)?.type));
	const common = all[0]!.filter((row) => inAll(row.path));
	const own = Object.fromEntries(
		Object.entries<FieldRow[]>(rows).map(([key, list]) => [key, list.filter((row) => !inAll(row.path))]),
	) as Record<K, FieldRow[]>;
	return { common, own };
}
