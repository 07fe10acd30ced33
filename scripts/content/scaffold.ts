import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { sections } from '../../src/config/sections.ts';
import { skillIds } from '../../src/schemas/vocabulary.ts';

/**
 * `npm run new`: scaffolds a lesson or a question bank that passes every content check as
 * created, with a fresh stable key, so an author starts from a page that already builds.
 */

export const USAGE = [
	'Usage:',
	'  npm run new -- lesson <section>/<slug> [--title "Lesson title"]',
	'  npm run new -- quiz <id> [--title "Quiz title"]',
	'',
	'Examples:',
	'  npm run new -- lesson fundamentals/dns-basics --title "DNS basics"',
	'  npm run new -- quiz fundamentals-dns-basics',
].join('\n');

/** A mistake in the command line: the message says what is wrong and how to fix it. */
export class UsageError extends Error {
	override name = 'UsageError';
}

export type NewRequest = { kind: 'lesson'; section: string; slug: string; title?: string } | { kind: 'quiz'; id: string; title?: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const lessonSections = sections.filter((section) => section.directory);

export function parseNewArgs(argv: readonly string[]): NewRequest {
	const positional: string[] = [];
	let title: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--title' || arg.startsWith('--title=')) {
			title = arg === '--title' ? argv[++i] : arg.slice('--title='.length);
			if (!title?.trim()) throw new UsageError('--title needs a value, e.g. --title "DNS basics".');
			title = title.trim();
		} else if (arg.startsWith('-')) {
			throw new UsageError(`Unknown option ${arg}; the only option is --title.`);
		} else {
			positional.push(arg);
		}
	}
	const [kind, target, ...extra] = positional;
	if (!kind) throw new UsageError('Say what to create: a lesson or a quiz.');
	if (kind !== 'lesson' && kind !== 'quiz') throw new UsageError(`Unknown kind "${kind}": use lesson or quiz.`);
	if (extra.length)
		throw new UsageError(
			`Unexpected argument(s) ${extra.map((a) => `"${a}"`).join(' ')}: put a title with spaces in quotes after --title.`,
		);
	if (kind === 'quiz') {
		if (!target) throw new UsageError('Give the quiz id, e.g. `npm run new -- quiz fundamentals-dns-basics`.');
		if (!ID.test(target))
			throw new UsageError(`Quiz id "${target}" must be lowercase letters, digits and single hyphens, e.g. fundamentals-dns-basics.`);
		return { kind, id: target, title };
	}
	if (!target) throw new UsageError('Give the lesson as <section>/<slug>, e.g. `npm run new -- lesson fundamentals/dns-basics`.');
	const parts = target.replace(/\.mdx?$/, '').split('/');
	if (parts.length !== 2 || !parts[0] || !parts[1]) {
		throw new UsageError(`Expected <section>/<slug>, e.g. fundamentals/dns-basics; got "${target}".`);
	}
	const [section, slug] = parts as [string, string];
	if (!lessonSections.some((s) => s.directory === section)) {
		throw new UsageError(
			`There is no section "${section}". Sections that hold lessons: ${lessonSections.map((s) => s.directory).join(', ')}.`,
		);
	}
	if (!ID.test(slug)) throw new UsageError(`Slug "${slug}" must be lowercase letters, digits and single hyphens, e.g. dns-basics.`);
	if (slug === 'index') throw new UsageError(`"index" is the overview page of the ${section} section; give the lesson its own slug.`);
	return { kind, section, slug, title };
}

export interface ScaffoldResult {
	/** Files written, relative to the project root. */
	created: string[];
	/** Existing files changed, relative to the project root. */
	changed: string[];
	/** What to do next, one line each. */
	next: string[];
}

interface DocFile {
	file: string;
	id: string;
	data: Record<string, unknown>;
}

function walk(dir: string, extension: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && extension.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

function frontmatterOf(text: string): { data: Record<string, unknown>; end: number } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match) return undefined;
	return { data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>, end: match[0].length };
}

function readDocs(root: string): DocFile[] {
	const base = join(root, 'content', 'docs');
	return walk(base, /\.mdx?$/).flatMap((path) => {
		const parsed = frontmatterOf(readFileSync(path, 'utf8'));
		const id = relative(base, path)
			.replace(/\.mdx?$/, '')
			.replace(/(^|\/)index$/, '');
		return parsed ? [{ file: relative(root, path), id, data: parsed.data }] : [];
	});
}

function readQuestionIds(root: string): Set<string> {
	const ids = new Set<string>();
	for (const path of walk(join(root, 'content', 'quizzes'), /\.ya?ml$/)) {
		const bank = parseYaml(readFileSync(path, 'utf8')) as { questions?: { id?: unknown }[] } | null;
		for (const question of bank?.questions ?? []) if (typeof question?.id === 'string') ids.add(question.id);
	}
	return ids;
}

/** `wanted` if unused, else the first of wanted-2, wanted-3, … that is. */
function fresh(wanted: string, used: ReadonlySet<string>): string {
	if (!used.has(wanted)) return wanted;
	for (let n = 2; ; n++) if (!used.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

function titleFromSlug(slug: string): string {
	const words = slug.split('-').join(' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

const quizFile = (root: string, id: string) => ['yaml', 'yml'].map((extension) => join(root, 'content', 'quizzes', `${id}.${extension}`));

function refuseExisting(root: string, paths: readonly string[], what: string) {
	const existing = paths.find((path) => existsSync(path));
	if (existing)
		throw new UsageError(
			`${relative(root, existing)} already exists, so ${what} was not created: nothing was overwritten. Pick another name, or edit that file.`,
		);
}

/** The skills most lessons of the section test, as a starting point the author adjusts. */
function typicalSkills(docs: readonly DocFile[], directory: string): string[] {
	const counts = new Map<string, number>();
	for (const doc of docs) {
		if (!doc.id.startsWith(`${directory}/`) || !Array.isArray(doc.data.skills)) continue;
		for (const skill of doc.data.skills) if (typeof skill === 'string') counts.set(skill, (counts.get(skill) ?? 0) + 1);
	}
	const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
	return [best && (skillIds as readonly string[]).includes(best[0]) ? best[0] : 'communication'];
}

export function scaffoldLesson(root: string, request: Extract<NewRequest, { kind: 'lesson' }>): ScaffoldResult {
	const { section, slug } = request;
	const folder = join(root, 'content', 'docs', section);
	refuseExisting(
		root,
		[join(folder, `${slug}.mdx`), join(folder, `${slug}.md`), join(folder, slug, 'index.mdx'), join(folder, slug, 'index.md')],
		'the lesson',
	);
	const docs = readDocs(root);
	const key = fresh(`${section}-${slug}`, new Set(docs.flatMap((doc) => (typeof doc.data.key === 'string' ? [doc.data.key] : []))));
	const orders = docs
		.filter((doc) => doc.id === section || doc.id.startsWith(`${section}/`))
		.map((doc) => doc.data.order)
		.filter((order): order is number => typeof order === 'number');
	const quizExists = quizFile(root, key).some((path) => existsSync(path));
	const frontmatter = {
		title: request.title ?? titleFromSlug(slug),
		description: `What a learner takes away from this lesson, in one sentence: search results and link previews show it.`,
		key,
		order: orders.length ? Math.max(...orders) + 1 : 1,
		minutes: 10,
		level: 'foundation',
		objectives: ['Explain the one idea this lesson is about, in your own words'],
		skills: typicalSkills(docs, section),
		...(quizExists ? { quiz: key } : {}),
	};
	const body = [
		'Open with why this matters in the job: one short paragraph a newcomer can relate to.',
		'',
		'## The idea',
		'',
		'Explain one idea at a time, each under its own heading, with an example from daily work.',
		'Links to other lessons are relative, such as [the lifecycle](../../lifecycle/), so they keep',
		'working under any base path.',
		'',
		'## Try it',
		'',
		'Give the reader something small to do or to look at on their own system.',
		'',
	].join('\n');
	const path = join(folder, `${slug}.mdx`);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, `---\n${stringifyYaml(frontmatter, { lineWidth: 0 })}---\n\n${body}`, { flag: 'wx' });
	const file = relative(root, path);
	return {
		created: [file],
		changed: [],
		next: [
			`Lesson key: ${key}. It stores learners' progress: never change or reuse it.`,
			quizExists ? `Its quiz is content/quizzes/${key}.yaml.` : `Add its quiz with: npm run new -- quiz ${key}`,
			`Preview: npm run dev, then open http://localhost:4321/${section}/${slug}/`,
		],
	};
}

export function scaffoldQuiz(root: string, request: Extract<NewRequest, { kind: 'quiz' }>): ScaffoldResult {
	const { id } = request;
	const [path] = quizFile(root, id) as [string, string];
	refuseExisting(root, quizFile(root, id), `the quiz "${id}"`);
	const docs = readDocs(root);
	const lesson = docs.find((doc) => doc.data.key === id);
	const lessonSkills = Array.isArray(lesson?.data.skills) ? (lesson.data.skills as string[]) : [];
	const skills = lessonSkills.length ? lessonSkills.slice(0, 1) : ['communication'];
	const questionId = fresh(`${id}-wrong-answers`, readQuestionIds(root));
	const bank = {
		title: request.title ?? (typeof lesson?.data.title === 'string' ? lesson.data.title : titleFromSlug(id)),
		description: 'Check your understanding of this lesson.',
		questions: [
			{
				id: questionId,
				type: 'single',
				prompt: 'In a question bank, what does every wrong option of a single-choice question need?',
				skills,
				explanation:
					'Learners who pick a wrong option read its feedback first, so it should say why that choice is wrong; the explanation then says why the right answer is right.',
				options: [
					{ text: 'Feedback that says why it is wrong', correct: true },
					{
						text: 'Nothing, because the explanation already covers every option the learner might pick',
						feedback: 'The explanation is about the right answer; only option feedback speaks to the mistake the learner just made.',
					},
					{
						text: 'A hint that points straight at the right answer before the learner answers',
						feedback: 'A hint is optional and belongs to the question, not to an option; it should nudge, not give the answer away.',
					},
				],
			},
		],
	};
	const header = '# Question bank. Replace the example question with your own; every question type is shown in Contribute → Add a quiz.\n';
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, header + stringifyYaml(bank, { lineWidth: 0 }), { flag: 'wx' });
	const result: ScaffoldResult = { created: [relative(root, path)], changed: [], next: [] };
	if (lesson && lesson.data.quiz === undefined) {
		attachQuiz(join(root, lesson.file), id);
		result.changed.push(lesson.file);
		result.next.push(`Attached to the lesson with the same key: added \`quiz: ${id}\` to ${lesson.file}.`);
	} else if (lesson) {
		result.next.push(
			`The lesson ${lesson.file} already has a quiz (${String(lesson.data.quiz)}); set \`quiz: ${id}\` there to use this one instead.`,
		);
	} else {
		result.next.push(`No lesson has the key "${id}": add \`quiz: ${id}\` to the frontmatter of the lesson it belongs to.`);
	}
	return result;
}

/** Adds `quiz: <id>` as the last frontmatter line of a lesson, leaving the rest of the file as it was. */
function attachQuiz(path: string, id: string) {
	const text = readFileSync(path, 'utf8');
	const close = /\r?\n---(\r?\n|$)/.exec(text.slice(3));
	if (!text.startsWith('---') || !close) throw new Error(`${path}: no frontmatter block to add the quiz to`);
	const at = 3 + close.index;
	writeFileSync(path, `${text.slice(0, at)}\nquiz: ${id}${text.slice(at)}`);
}

export function scaffold(root: string, request: NewRequest): ScaffoldResult {
	return request.kind === 'lesson' ? scaffoldLesson(root, request) : scaffoldQuiz(root, request);
}
