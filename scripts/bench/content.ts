/**
 * Generated content for the benchmark: N lessons spread over the real section folders, written
 * once as this site's lessons (frontmatter, 5-question quiz banks) and once as plain Starlight
 * pages with the same titles and text. Deterministic: the same N always gives the same files.
 */
import { stringify } from 'yaml';
import { sections } from '../../src/config/sections.ts';
import { BENCH_LAB_ID, benchLab } from './lab.ts';

/** Folder sections whose pages are this site's own tools, not lessons: their real pages are used as they are. */
const PROGRESS_SECTION = 'progress';
const NOT_LESSONS = new Set([PROGRESS_SECTION, 'contribute']);

/** The sections that hold lessons; lessons are dealt to them in turn. */
export const lessonSections = sections.filter((section) => section.directory && !NOT_LESSONS.has(section.id));

/**
 * Sections the generated site shows (DEVOPS_PATH_SECTIONS): the lesson sections and My progress.
 * The study guide is left out: it would print every lesson to PDF, which bare Starlight has no
 * counterpart for, and the contributor guide's pages describe the real content.
 */
export const benchSectionIds = [...lessonSections.map((section) => section.id), PROGRESS_SECTION];

const PHASES = ['plan', 'develop', 'build', 'test', 'release', 'deploy', 'operate', 'monitor'];
const SKILLS = ['linux-networking', 'git', 'scripting', 'cicd', 'iac', 'cloud', 'observability', 'communication'];
const LEVELS = ['foundation', 'core', 'stretch'];
const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'match', 'spot'] as const;
const QUESTIONS_PER_QUIZ = 5;

const NOUNS = [
	'pipeline',
	'artifact',
	'runner',
	'manifest',
	'cluster',
	'volume',
	'release',
	'branch',
	'commit',
	'alert',
	'dashboard',
	'runbook',
	'secret',
	'token',
	'registry',
	'image',
	'layer',
	'cache',
	'probe',
	'replica',
	'rollout',
	'budget',
	'queue',
	'ticket',
	'module',
	'policy',
	'role',
	'subnet',
	'gateway',
	'certificate',
	'backup',
	'snapshot',
	'template',
	'variable',
	'webhook',
	'schedule',
	'quota',
	'label',
	'trace',
	'metric',
];
const VERBS = [
	'inspect',
	'rotate',
	'promote',
	'retry',
	'label',
	'tag',
	'scale',
	'pin',
	'audit',
	'review',
	'restore',
	'drain',
	'patch',
	'verify',
	'publish',
	'archive',
	'throttle',
	'document',
	'measure',
	'compare',
];
const ADJECTIVES = [
	'stale',
	'noisy',
	'flaky',
	'shared',
	'private',
	'pinned',
	'signed',
	'cached',
	'idle',
	'failing',
	'healthy',
	'orphaned',
	'expired',
	'slow',
	'nightly',
	'manual',
	'blue',
	'green',
	'partial',
	'empty',
];

/** A small seeded generator (mulberry32), so runs are repeatable. */
export function seededRandom(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A seed from a text, so each lesson's details differ but never change between runs. */
export function seedOf(text: string): number {
	let hash = 2166136261;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
	return hash >>> 0;
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

function sentence(random: Random, words = 10 + Math.floor(random() * 8)): string {
	const parts: string[] = [];
	for (let i = 0; i < words; i++) {
		const pool = i % 3 === 0 ? VERBS : i % 3 === 1 ? ADJECTIVES : NOUNS;
		parts.push(pick(random, pool));
		if (i % 3 === 2 && i < words - 1) parts.push(pick(random, ['and', 'then', 'before the', 'after the', 'with the', 'for each']));
	}
	return `${capitalise(parts.join(' '))}.`;
}

function paragraph(random: Random, sentences = 4): string {
	return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

export interface GeneratedLesson {
	/** Docs page id, e.g. "lifecycle/plan" or "fundamentals/lesson-0042". */
	id: string;
	key: string;
	section: string;
	/** Position within its section; 0 is the section's overview page. */
	order: number;
	title: string;
	description: string;
	/** Whether this site's version carries a quiz (every lesson but the section overviews). */
	hasQuiz: boolean;
	prerequisite?: string;
	body: string;
	random: Random;
}

/** N lessons dealt to the sections in turn, after one overview page per section (lessons without a quiz). */
export function planLessons(count: number): GeneratedLesson[] {
	if (!Number.isInteger(count) || count < 1) throw new Error(`the lesson count must be a whole number of at least 1, got ${count}`);
	const lessons: GeneratedLesson[] = [];
	const lastKey = new Map<string, string>();
	const inSection = new Map<string, number>();
	const add = (section: string, name: string | undefined, index: number, hasQuiz: boolean) => {
		const random = seededRandom(seedOf(`lesson:${section}:${index}`));
		const order = inSection.get(section) ?? 0;
		inSection.set(section, order + 1);
		const key = hasQuiz ? `bench-lesson-${String(index).padStart(4, '0')}` : `bench-${section}-overview`;
		const topic = `${pick(random, VERBS)} the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`;
		const label = lessonSections.find((s) => s.id === section)!.label;
		lessons.push({
			id: name ? `${section}/${name}` : section,
			key,
			section,
			order,
			title: hasQuiz ? `${capitalise(topic)} (${index})` : label,
			description: sentence(random, 12),
			hasQuiz,
			prerequisite: lastKey.get(section),
			body: '',
			random,
		});
		lastKey.set(section, key);
	};
	for (const section of lessonSections) add(section.id, undefined, 0, false);
	for (let i = 1; i <= count; i++) {
		const section = lessonSections[(i - 1) % lessonSections.length]!.id;
		const position = inSection.get(section)! - 1;
		// The lifecycle section's first lessons are the eight phases, so the dashboard's loop has lessons to show.
		const name = section === 'lifecycle' && position < PHASES.length ? PHASES[position]! : `lesson-${String(i).padStart(4, '0')}`;
		add(section, name, i, true);
	}
	for (const lesson of lessons) lesson.body = lessonBody(lesson.random);
	return lessons;
}

function lessonBody(random: Random): string {
	const heading = () => capitalise(`${pick(random, VERBS)} ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}s`);
	const list = Array.from({ length: 4 }, () => `- ${sentence(random, 7)}`).join('\n');
	const code = Array.from({ length: 5 }, () => `${pick(random, VERBS)} --${pick(random, NOUNS)} ${pick(random, ADJECTIVES)}`).join('\n');
	return [
		"import { Aside } from '@astrojs/starlight/components';",
		paragraph(random, 5),
		`## ${heading()}`,
		paragraph(random),
		list,
		paragraph(random),
		`<Aside type="tip">${sentence(random)}</Aside>`,
		`## ${heading()}`,
		paragraph(random),
		'```bash',
		code,
		'```',
		paragraph(random),
		`## ${heading()}`,
		paragraph(random, 5),
		'',
	].join('\n\n');
}

function frontmatter(data: Record<string, unknown>): string {
	return `---\n${stringify(data, { lineWidth: 0 })}---\n\n`;
}

/** The lesson as this site's MDX: Starlight frontmatter plus the lesson fields. */
export function siteLessonFile(lesson: GeneratedLesson): string {
	const random = seededRandom(seedOf(`fields:${lesson.key}`));
	return (
		frontmatter({
			title: lesson.title,
			description: lesson.description,
			key: lesson.key,
			order: lesson.order,
			minutes: 5 + Math.floor(random() * 25),
			level: pick(random, LEVELS),
			objectives: Array.from({ length: 3 }, () => sentence(random, 7).slice(0, -1)),
			skills: [pick(random, SKILLS)],
			...(lesson.prerequisite ? { prerequisites: [lesson.prerequisite] } : {}),
			...(lesson.hasQuiz ? { quiz: lesson.key } : {}),
		}) + lesson.body
	);
}

/** The same lesson as a plain Starlight page: no lesson fields, no quiz, same order in the sidebar. */
export function bareLessonFile(lesson: GeneratedLesson): string {
	return frontmatter({ title: lesson.title, description: lesson.description, sidebar: { order: lesson.order } }) + lesson.body;
}

/**
 * How many banks from index 0 to `index` have a true/false statement: all but those that leave the
 * type out. Alternating on the index itself would not do: the banks without one all have even indexes.
 */
export function trueFalseOrdinal(index: number): number {
	const type = QUESTION_TYPES.indexOf('truefalse');
	const leftOut = index < type ? 0 : Math.floor((index - type) / QUESTION_TYPES.length) + 1;
	return index + 1 - leftOut;
}

/** A question bank of five questions of mixed types that passes the quiz lint and, with its siblings, the bank-wide lint. */
export function quizBank(lesson: GeneratedLesson): Record<string, unknown> {
	const random = seededRandom(seedOf(`quiz:${lesson.key}`));
	const index = Number(lesson.key.replace(/\D/g, '')) || 0;
	// Each bank leaves out one of the six types, in turn, so every type appears across the site.
	const types = QUESTION_TYPES.filter((_, i) => i !== index % QUESTION_TYPES.length).slice(0, QUESTIONS_PER_QUIZ);
	const distinct = (n: number, make: (i: number) => string) => {
		const seen = new Set<string>();
		const out: string[] = [];
		for (let i = 0; out.length < n; i++) {
			const text = make(i);
			if (!seen.has(text)) out.push(text);
			seen.add(text);
		}
		return out;
	};
	const phrase = (i: number) => `${capitalise(pick(random, VERBS))} the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} ${i + 1}`;
	return {
		title: `Check: ${lesson.title}`,
		questions: types.map((type, q) => {
			const base = {
				id: `${lesson.key}-q${q + 1}`,
				type,
				prompt: `${sentence(random)} Which answer fits best?`,
				skills: [pick(random, SKILLS)],
				explanation: paragraph(random, 2),
				hint: sentence(random),
			};
			switch (type) {
				case 'single': {
					const [right, ...wrong] = distinct(4, phrase);
					// One wrong option is the longest and one the shortest, so neither "pick the longest" nor "pick the shortest" wins.
					wrong[0] = `${wrong[0]} on every ${pick(random, NOUNS)} in the shared ${pick(random, NOUNS)}`;
					wrong[1] = `${capitalise(pick(random, NOUNS))} ${q + 1}`;
					return {
						...base,
						options: [{ text: right, correct: true }, ...wrong.map((text) => ({ text, feedback: sentence(random) }))],
					};
				}
				case 'multiple': {
					// One, two or three right options of four, in turn, so no count dominates the site.
					const right = 1 + (index % 3);
					return {
						...base,
						options: distinct(4, phrase).map((text, i) => (i < right ? { text, correct: true } : { text, feedback: sentence(random) })),
					};
				}
				case 'truefalse':
					// True and false in turn over the banks that have a statement, so they split evenly as the bank-wide lint wants.
					return { ...base, answer: trueFalseOrdinal(index) % 2 === 0, feedback: sentence(random) };
				case 'order':
					return { ...base, items: distinct(4, phrase), feedback: sentence(random) };
				case 'match': {
					const lefts = distinct(3, (i) => `${capitalise(pick(random, NOUNS))} ${i + 1}`);
					const rights = distinct(3, phrase);
					return { ...base, pairs: lefts.map((left, i) => ({ left, right: rights[i]! })), feedback: sentence(random) };
				}
				case 'spot':
					return {
						...base,
						language: 'Shell',
						code: `${Array.from({ length: 5 }, () => `${pick(random, VERBS)} --${pick(random, NOUNS)}`).join('\n')}\n`,
						answer: [3],
						feedback: sentence(random),
					};
				default:
					throw new Error(`the benchmark generates no ${type} questions`);
			}
		}),
	};
}

export function quizBankFile(lesson: GeneratedLesson): string {
	return stringify(quizBank(lesson), { lineWidth: 0 });
}

const HOME = {
	title: 'Benchmark Path',
	description: 'A generated learning path used to measure build and page costs.',
	template: 'splash',
	hero: {
		tagline: 'Generated lessons in the real sections, built the same way for both sites.',
		actions: [{ text: 'Start here', link: 'start-here/', icon: 'right-arrow' }],
	},
};

function homeFile(): string {
	const random = seededRandom(1);
	return frontmatter(HOME) + ['## What this is', paragraph(random), '## How it works', paragraph(random), ''].join('\n\n');
}

/** The plain page bare Starlight gets where this site has one of its progress pages: same title and place. */
function bareProgressFile(sitePage: string, index: number): string {
	const random = seededRandom(2 + index);
	const title = /^title:\s*(.+)$/m.exec(sitePage)?.[1]?.trim() ?? 'My progress';
	return `${frontmatter({ title, description: 'Your lessons and quiz results.', sidebar: { order: index } })}${paragraph(random)}\n`;
}

export type SiteKind = 'bare' | 'site';

/**
 * The lesson that shows the generated lab: the lesson with a quiz after the sampled one, so the lab
 * page is a lesson with a quiz and a lab, as the course's lab lessons are. Bare Starlight gets it as a plain page.
 */
function labLesson(lessons: readonly GeneratedLesson[]): GeneratedLesson {
	const withQuiz = lessons.filter((lesson) => lesson.hasQuiz);
	const middle = Math.floor((withQuiz.length - 1) / 2);
	return withQuiz[middle + 1] ?? withQuiz[middle]!;
}

/**
 * Every file of the generated content, by path from the project root. This site's progress pages
 * (dashboard, review, scorecard, the passport pages) are its own content/docs/progress/*.mdx, passed
 * in by file name so the benchmark measures the real pages; bare Starlight gets plain pages at the
 * same paths. This site also gets one generated lab (content/labs/), shown in one lesson.
 */
export function contentFiles(kind: SiteKind, count: number, progressPages: ReadonlyMap<string, string>): Map<string, string> {
	const files = new Map<string, string>();
	files.set('content/docs/index.mdx', homeFile());
	[...progressPages].forEach(([name, text], i) => {
		files.set(`content/docs/${PROGRESS_SECTION}/${name}`, kind === 'site' ? text : bareProgressFile(text, i));
	});
	const lessons = planLessons(count);
	for (const lesson of lessons) {
		const path = lesson.order === 0 ? `content/docs/${lesson.id}/index.mdx` : `content/docs/${lesson.id}.mdx`;
		files.set(path, kind === 'site' ? siteLessonFile(lesson) : bareLessonFile(lesson));
		if (kind === 'site' && lesson.hasQuiz) files.set(`content/quizzes/${lesson.key}.yaml`, quizBankFile(lesson));
	}
	if (kind === 'site') {
		const key = labLesson(lessons).key;
		files.set(`content/labs/${BENCH_LAB_ID}.yaml`, stringify(benchLab(key, seededRandom(seedOf(`lab:${key}`))), { lineWidth: 0 }));
	}
	return files;
}

/** The passport pages (progress leaving the site) the benchmark weighs, by page type: this site's own pages, plain pages in bare Starlight. */
export const PASSPORT_PAGES = {
	record: `${PROGRESS_SECTION}/record/index.html`,
	share: `${PROGRESS_SECTION}/share/index.html`,
	team: `${PROGRESS_SECTION}/team/index.html`,
	checklist: `${PROGRESS_SECTION}/checklist/index.html`,
} as const;

export type SamplePage = 'home' | 'lesson' | 'lessonWithQuiz' | 'lab' | 'dashboard' | keyof typeof PASSPORT_PAGES;

/** The pages whose weight the benchmark reports, by page type; the same paths exist in both sites. */
export function samplePages(count: number): Record<SamplePage, string> {
	const lessons = planLessons(count);
	// A lesson in the middle of the learning order, in a section of typical size.
	const withQuiz = lessons.filter((lesson) => lesson.hasQuiz);
	const middle = withQuiz[Math.floor((withQuiz.length - 1) / 2)]!;
	return {
		home: 'index.html',
		lesson: `${middle.section}/index.html`,
		lessonWithQuiz: `${middle.id}/index.html`,
		lab: `${labLesson(lessons).id}/index.html`,
		dashboard: `${PROGRESS_SECTION}/index.html`,
		...PASSPORT_PAGES,
	};
}
