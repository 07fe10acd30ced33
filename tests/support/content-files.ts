import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const root = join(import.meta.dirname, '..', '..');

export interface ContentFile<T = unknown> {
	/** Path from the project root, as the build names it. */
	file: string;
	/** Collection id: the path inside the collection folder without its extension. */
	id: string;
	data: T;
	body: string;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

function idOf(folder: string, path: string) {
	const id = relative(folder, path)
		.replace(/\.(mdx?|ya?ml)$/, '')
		.replace(/(^|\/)index$/, '');
	return id || 'index';
}

/** Lessons and pages in content/docs with their frontmatter parsed as YAML. */
export function readDocs(base = join(root, 'content', 'docs')): ContentFile<Record<string, unknown>>[] {
	return walk(base)
		.filter((path) => /\.mdx?$/.test(path))
		.map((path) => {
			const text = readFileSync(path, 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
			if (!match) throw new Error(`${relative(root, path)}: no frontmatter block`);
			return {
				file: relative(root, path),
				id: idOf(base, path),
				data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>,
				body: text.slice(match[0].length),
			};
		});
}

/** YAML entries of a data collection such as content/quizzes. */
export function readYamlCollection(name: string, base = join(root, 'content', name)): ContentFile[] {
	return walk(base)
		.filter((path) => /\.ya?ml$/.test(path))
		.map((path) => {
			const text = readFileSync(path, 'utf8');
			return { file: relative(root, path), id: idOf(base, path), data: parseYaml(text), body: text };
		});
}
