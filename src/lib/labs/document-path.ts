/**
 * Paths into a parsed YAML document, e.g. "spec.template.spec.containers[*].image": keys joined
 * by dots, `[n]` for one list item, `[*]` for every item.
 */
export type PathSegment = string | number | '*';

export function parseDocumentPath(path: string): PathSegment[] {
	const segments: PathSegment[] = [];
	for (const part of path.split('.')) {
		const [key, ...indexes] = part.split('[');
		if (key) segments.push(key);
		for (const index of indexes) {
			const inner = index.slice(0, -1);
			segments.push(inner === '*' ? '*' : Number(inner));
		}
	}
	return segments;
}

export interface PathTarget {
	/** Concrete keys and indexes of this target, `[*]` expanded. */
	at: (string | number)[];
	found: boolean;
	value: unknown;
	/** The longest prefix of `at` that exists, for pointing at a line when the value is missing. */
	deepest: (string | number)[];
}

/**
 * Every place the path names. A `[*]` over a missing or empty list yields one target that is not
 * found, so "every container has a probe" fails rather than passing on zero containers.
 */
export function resolveDocumentPath(root: unknown, segments: readonly PathSegment[]): PathTarget[] {
	const walk = (value: unknown, at: (string | number)[], rest: readonly PathSegment[]): PathTarget[] => {
		if (rest.length === 0) return [{ at, found: true, value, deepest: at }];
		const [head, ...tail] = rest;
		const missing = (step: string | number): PathTarget[] => [
			{ at: [...at, step, ...tail.map((s) => (s === '*' ? 0 : s))], found: false, value: undefined, deepest: at },
		];
		if (head === '*') {
			if (!Array.isArray(value) || value.length === 0) return missing(0);
			return value.flatMap((item, index) => walk(item, [...at, index], tail));
		}
		if (typeof head === 'number') {
			if (!Array.isArray(value) || head >= value.length) return missing(head);
			return walk(value[head], [...at, head], tail);
		}
		if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, head!)) return missing(head!);
		return walk((value as Record<string, unknown>)[head!], [...at, head!], tail);
	};
	return walk(root, [], segments);
}

/** A JSON Pointer's ("/a/0/b") parts, unescaped. */
export function pointerSegments(pointer: string): (string | number)[] {
	return pointer
		.replace(/^#/, '')
		.split('/')
		.slice(1)
		.map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
		.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
