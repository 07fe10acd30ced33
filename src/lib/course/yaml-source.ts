import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

/**
 * The source text of each item of a top-level list in a YAML file, as its author wrote it
 * (comments and quoting kept), dedented to start at column 0 with its `- ` marker.
 */
export function listItemSources(source: string, key: string): { value: unknown; text: string }[] {
	const document = parseDocument(source, { lineCounter: new LineCounter() });
	const list = document.get(key, true);
	if (!isSeq(list)) throw new Error(`The YAML has no list under "${key}"`);
	return list.items.map((item) => {
		if (!isMap(item) || !item.range) throw new Error(`An item under "${key}" is not a mapping`);
		const lineStart = source.lastIndexOf('\n', item.range[0] - 1) + 1;
		const lines = source.slice(lineStart, item.range[1]).replace(/\s+$/, '').split('\n');
		const marker = /^(\s*)- /.exec(lines[0]!);
		if (!marker) throw new Error(`An item under "${key}" does not start with "- " on its own line`);
		const indent = marker[1]!.length;
		return {
			value: item.toJSON(),
			text: lines.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n'),
		};
	});
}
