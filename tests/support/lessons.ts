import { sections } from '../../src/config/sections';
import { readDocs } from './content-files';

export interface LessonFile {
	key: string;
	id: string;
	title: string;
	section: string;
	quiz?: string;
	body: string;
}

/** Lessons (docs pages with a key) in learning order, read from the files as the build reads them. */
export function lessonsInOrder(): LessonFile[] {
	const sectionOf = (id: string) => sections.findIndex((s) => s.directory && (id === s.directory || id.startsWith(`${s.directory}/`)));
	return readDocs()
		.filter((doc) => typeof doc.data.key === 'string')
		.map((doc) => ({ doc, section: sectionOf(doc.id), order: (doc.data.order as number | undefined) ?? Number.MAX_SAFE_INTEGER }))
		.sort((a, b) => a.section - b.section || a.order - b.order || a.doc.id.localeCompare(b.doc.id))
		.map(({ doc, section }) => ({
			key: doc.data.key as string,
			id: doc.id,
			title: doc.data.title as string,
			section: sections[section]!.id,
			quiz: doc.data.quiz as string | undefined,
			body: doc.body,
		}));
}

/** The label and text of each `<TabItem>` in a lesson's MDX. */
export function tabsOf(body: string): { label: string; text: string }[] {
	return [...body.matchAll(/<TabItem label="([^"]+)"[^>]*>([\s\S]*?)<\/TabItem>/g)].map((match) => ({ label: match[1]!, text: match[2]! }));
}
