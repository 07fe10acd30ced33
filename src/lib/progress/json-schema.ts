/**
 * Validates data against the subset of JSON Schema that zod's toJSONSchema emits for the progress
 * schemas: type, const, enum, properties, required, additionalProperties, propertyNames, pattern,
 * length and range limits, items. It exists so pages can check stored progress without shipping zod.
 * It ignores keywords it does not know, so a unit test checks that the generated schemas use
 * only the ones listed in SUPPORTED_KEYWORDS.
 */
export interface JsonSchema {
	type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
	const?: unknown;
	enum?: unknown[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	additionalProperties?: JsonSchema | boolean;
	propertyNames?: JsonSchema;
	items?: JsonSchema;
	pattern?: string;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	maxItems?: number;
	$schema?: string;
}

export const SUPPORTED_KEYWORDS = new Set([
	'type',
	'const',
	'enum',
	'properties',
	'required',
	'additionalProperties',
	'propertyNames',
	'items',
	'pattern',
	'minLength',
	'maxLength',
	'minimum',
	'maximum',
	'minItems',
	'maxItems',
	'$schema',
	'format',
]);

/**
 * Where a value sits: a chain of keys, joined into a path only when a problem is reported. Stored
 * progress has thousands of entries, and building a path for each would cost more than checking it.
 */
interface Where {
	parent: Where | null;
	key: string | number;
}

const pathOf = (where: Where | null, key?: string | number): string => {
	const keys: (string | number)[] = key === undefined ? [] : [key];
	for (let at = where; at; at = at.parent) keys.unshift(at.key);
	return keys.reduce<string>((path, k) => (typeof k === 'number' ? `${path}[${k}]` : path ? `${path}.${k}` : k), '');
};
const describeWhere = (where: Where | null, key?: string | number) => pathOf(where, key) || '(top level)';

/** A schema turned into a function once, so checking thousands of entries reads no schema keywords. */
type Check = (value: unknown, where: Where | null, key: string | number | undefined) => string | null;

const compiled = new WeakMap<JsonSchema, Check>();

/** The first problem found, as "path: what was expected, what was found", or null when valid. */
export function validate(schema: JsonSchema, value: unknown, path = ''): string | null {
	return checkerOf(schema)(value, path ? { parent: null, key: path } : null, undefined);
}

function checkerOf(schema: JsonSchema): Check {
	let check = compiled.get(schema);
	if (!check) {
		check = compile(schema);
		compiled.set(schema, check);
	}
	return check;
}

function compile(schema: JsonSchema): Check {
	const checks: Check[] = [];
	if ('const' in schema) {
		const expected = schema.const;
		checks.push((value, where, key) =>
			value === expected ? null : `${describeWhere(where, key)}: expected ${JSON.stringify(expected)}, found ${quoted(value)}`,
		);
	}
	if (schema.enum) {
		const allowed = schema.enum;
		const listed = allowed.map((v) => JSON.stringify(v)).join(', ');
		checks.push((value, where, key) =>
			allowed.includes(value) ? null : `${describeWhere(where, key)}: expected one of ${listed}, found ${quoted(value)}`,
		);
	}
	if (schema.type) {
		const type = schema.type;
		checks.push((value, where, key) =>
			hasType(value, type) ? null : `${describeWhere(where, key)}: expected ${type}, found ${quoted(value)}`,
		);
	}
	const { minLength, maxLength, minimum, maximum, minItems, maxItems } = schema;
	const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern, 'u');
	if (minLength !== undefined || maxLength !== undefined || pattern) {
		checks.push((value, where, key) => {
			if (typeof value !== 'string') return null;
			if (minLength !== undefined && value.length < minLength) return `${describeWhere(where, key)}: shorter than ${minLength} characters`;
			if (maxLength !== undefined && value.length > maxLength) return `${describeWhere(where, key)}: longer than ${maxLength} characters`;
			if (pattern && !pattern.test(value)) return `${describeWhere(where, key)}: ${quoted(value)} is not in the expected format`;
			return null;
		});
	}
	if (minimum !== undefined || maximum !== undefined) {
		checks.push((value, where, key) => {
			if (typeof value !== 'number') return null;
			if (minimum !== undefined && value < minimum) return `${describeWhere(where, key)}: ${value} is below ${minimum}`;
			if (maximum !== undefined && value > maximum) return `${describeWhere(where, key)}: ${value} is above ${maximum}`;
			return null;
		});
	}
	if (minItems !== undefined || maxItems !== undefined || schema.items) {
		const items = schema.items && checkerOf(schema.items);
		checks.push((value, where, key) => {
			if (!Array.isArray(value)) return null;
			if (minItems !== undefined && value.length < minItems) return `${describeWhere(where, key)}: fewer than ${minItems} items`;
			if (maxItems !== undefined && value.length > maxItems) return `${describeWhere(where, key)}: more than ${maxItems} items`;
			if (!items) return null;
			const here = key === undefined ? where : { parent: where, key };
			for (let i = 0; i < value.length; i++) {
				const problem = items(value[i], here, i);
				if (problem) return problem;
			}
			return null;
		});
	}
	if (schema.required || schema.properties || schema.additionalProperties !== undefined || schema.propertyNames) {
		const required = schema.required ?? [];
		const properties = new Map(Object.entries(schema.properties ?? {}).map(([name, child]) => [name, checkerOf(child)]));
		const additional = schema.additionalProperties;
		const otherProperties: Check | boolean =
			additional === undefined ? true : typeof additional === 'boolean' ? additional : checkerOf(additional);
		const names = schema.propertyNames && checkerOf(schema.propertyNames);
		checks.push((value, where, key) => {
			if (!isObject(value)) return null;
			const here = key === undefined ? where : { parent: where, key };
			for (const name of required) if (!(name in value)) return `${pathOf(here, name)}: missing`;
			for (const name in value) {
				if (!Object.hasOwn(value, name)) continue;
				if (names) {
					const problem = names(name, null, undefined);
					if (problem) return `${pathOf(here, name)} (name): ${problem.slice(problem.indexOf(': ') + 2)}`;
				}
				const child = properties.get(name) ?? otherProperties;
				if (child === false) return `${pathOf(here, name)}: not allowed here`;
				if (child !== true) {
					const problem = child(value[name], here, name);
					if (problem) return problem;
				}
			}
			return null;
		});
	}
	return (value, where, key) => {
		for (const check of checks) {
			const problem = check(value, where, key);
			if (problem) return problem;
		}
		return null;
	};
}

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
	switch (type) {
		case 'object':
			return isObject(value);
		case 'array':
			return Array.isArray(value);
		case 'integer':
			return Number.isInteger(value);
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'null':
			return value === null;
		default:
			return typeof value === type;
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a short quote for a problem's wording. */
export function quoted(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The fields of `data` that `schema` names: what this version understands of data a newer version wrote. */
export function knownFields(schema: JsonSchema, data: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.keys(schema.properties ?? {}).flatMap((key) => (Object.hasOwn(data, key) ? [[key, data[key]]] : [])));
}
