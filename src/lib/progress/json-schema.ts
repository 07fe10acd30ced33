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
	'type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items',
	'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', '$schema', 'format',
]);

/**
 * Where a value sits, built only when a problem is reported: stored progress has thousands of
 * entries, and joining a path string for each of them would cost more than checking them.
 */
type Path = () => string;

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
	let pattern = patterns.get(source);
	if (!pattern) patterns.set(source, (pattern = new RegExp(source, 'u')));
	return pattern;
}

/** The first problem found, as "path: what was expected, what was found", or null when valid. */
export function validate(schema: JsonSchema, value: unknown, path = ''): string | null {
	return check(schema, value, () => path);
}

const where = (pathOf: Path) => pathOf() || '(top level)';

function check(schema: JsonSchema, value: unknown, pathOf: Path): string | null {
	if ('const' in schema && value !== schema.const) return `${where(pathOf)}: expected ${JSON.stringify(schema.const)}, found ${describe(value)}`;
	if (schema.enum && !schema.enum.includes(value)) {
		return `${where(pathOf)}: expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, found ${describe(value)}`;
	}
	if (schema.type && !hasType(value, schema.type)) return `${where(pathOf)}: expected ${schema.type}, found ${describe(value)}`;
	if (typeof value === 'string') {
		if (schema.minLength !== undefined && value.length < schema.minLength) return `${where(pathOf)}: shorter than ${schema.minLength} characters`;
		if (schema.maxLength !== undefined && value.length > schema.maxLength) return `${where(pathOf)}: longer than ${schema.maxLength} characters`;
		if (schema.pattern && !patternOf(schema.pattern).test(value)) return `${where(pathOf)}: ${describe(value)} is not in the expected format`;
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum) return `${where(pathOf)}: ${value} is below ${schema.minimum}`;
		if (schema.maximum !== undefined && value > schema.maximum) return `${where(pathOf)}: ${value} is above ${schema.maximum}`;
	}
	if (Array.isArray(value)) {
		if (schema.minItems !== undefined && value.length < schema.minItems) return `${where(pathOf)}: fewer than ${schema.minItems} items`;
		if (schema.maxItems !== undefined && value.length > schema.maxItems) return `${where(pathOf)}: more than ${schema.maxItems} items`;
		if (schema.items) {
			for (let i = 0; i < value.length; i++) {
				const problem = check(schema.items, value[i], () => `${pathOf()}[${i}]`);
				if (problem) return problem;
			}
		}
	}
	if (isObject(value)) {
		for (const key of schema.required ?? []) if (!(key in value)) return `${join(pathOf(), key)}: missing`;
		for (const key of Object.keys(value)) {
			const childPath = () => join(pathOf(), key);
			if (schema.propertyNames) {
				const problem = check(schema.propertyNames, key, () => `${childPath()} (name)`);
				if (problem) return problem;
			}
			const childSchema = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : schema.additionalProperties;
			if (childSchema === false) return `${childPath()}: not allowed here`;
			if (childSchema && childSchema !== true) {
				const problem = check(childSchema, value[key], childPath);
				if (problem) return problem;
			}
		}
	}
	return null;
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

function join(path: string, key: string) {
	return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The fields of `data` that `schema` names: what this version understands of data a newer version wrote. */
export function knownFields(schema: JsonSchema, data: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.keys(schema.properties ?? {}).flatMap((key) => (Object.hasOwn(data, key) ? [[key, data[key]]] : [])));
}
