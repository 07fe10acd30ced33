import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseNewArgs, scaffold, UsageError } from '../../scripts/content/scaffold';
import { sections } from '../../src/config/sections';
import { findContentProblems, formatContentProblems } from '../../src/lib/course/integrity';
import { LessonFrontmatterSchema } from '../../src/schemas/lesson';
import { MilestoneSchema } from '../../src/schemas/milestone';
import { CheckedQuizBankSchema } from '../../src/lib/quiz/bank-schema';
import { QuizBankSchema, type QuizBank } from '../../src/schemas/quiz';
import { readDocs, readYamlCollection, root } from '../support/content-files';

let site: string;

beforeEach(() => {
	site = mkdtempSync(join(tmpdir(), 'devops-path-scaffold-'));
	cpSync(join(root, 'content'), join(site, 'content'), { recursive: true });
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** The same checks tests/unit/content.test.ts runs on the real content, on the scratch copy. */
function contentProblems(dir: string) {
	const docs = readDocs(join(dir, 'content', 'docs'));
	const quizzes = readYamlCollection('quizzes', join(dir, 'content', 'quizzes'));
	const milestones = readYamlCollection('milestones', join(dir, 'content', 'milestones'));
	const schemaIssues = [
		...docs.flatMap((doc) => issues(doc.file, LessonFrontmatterSchema.safeParse(doc.data))),
		...quizzes.flatMap((bank) => issues(bank.file, CheckedQuizBankSchema.safeParse(bank.data))),
		...milestones.flatMap((entry) => issues(entry.file, MilestoneSchema.safeParse(entry.data))),
	];
	const lessons = docs.flatMap((doc) => {
		const parsed = LessonFrontmatterSchema.safeParse(doc.data);
		return parsed.success && parsed.data.key ? [{ ...parsed.data, key: parsed.data.key, file: doc.file }] : [];
	});
	const problems = findContentProblems({
		lessons,
		sections,
		questions: quizzes.flatMap((entry) =>
			((QuizBankSchema.safeParse(entry.data).data as QuizBank | undefined)?.questions ?? []).map((q) => ({
				bank: entry.id,
				file: entry.file,
				id: q.id,
				reread: q.reread,
			})),
		),
		quizIds: new Set(quizzes.map((entry) => entry.id)),
		milestoneIds: new Set(milestones.map((entry) => entry.id)),
		pageIds: new Set(docs.map((doc) => doc.id)),
	});
	return [...schemaIssues, ...(problems.length ? [formatContentProblems(problems)] : [])];
}

function issues(file: string, result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return result.success ? [] : result.error!.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
}

const frontmatter = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(site, file), 'utf8'))![1]!);

describe('npm run new -- lesson', () => {
	it('writes a lesson that passes every content check, after the last lesson of its section', async () => {
		const result = scaffold(site, parseNewArgs(['lesson', 'fundamentals/dns-basics', '--title', 'DNS: the basics']));
		expect(result.created).toEqual(['content/docs/fundamentals/dns-basics.mdx']);
		const data = frontmatter('content/docs/fundamentals/dns-basics.mdx');
		expect(data).toMatchObject({ title: 'DNS: the basics', key: 'fundamentals-dns-basics', level: 'foundation' });
		const sectionOrders = readDocs(join(site, 'content', 'docs'))
			.filter((doc) => doc.id.startsWith('fundamentals/') && doc.id !== 'fundamentals/dns-basics')
			.map((doc) => doc.data.order as number);
		expect(data.order).toBe(Math.max(...sectionOrders) + 1);
		expect(contentProblems(site)).toEqual([]);
		expect(() => mdxToJs(readFileSync(join(site, result.created[0]!), 'utf8').replace(/^---[\s\S]*?---/, ''))).not.toThrow();
	});

	it('gives a fresh key when the obvious one is taken by a lesson elsewhere', () => {
		const moved = join(site, 'content/docs/practice/iac-review.mdx');
		writeFileSync(moved, readFileSync(moved, 'utf8').replace('key: practice-iac-review', 'key: fundamentals-dns'));
		scaffold(site, parseNewArgs(['lesson', 'fundamentals/dns']));
		expect(frontmatter('content/docs/fundamentals/dns.mdx').key).toBe('fundamentals-dns-2');
		expect(contentProblems(site)).toEqual([]);
	});

	it('links the quiz when a bank with the lesson key already exists', () => {
		scaffold(site, parseNewArgs(['quiz', 'fundamentals-dns-basics']));
		scaffold(site, parseNewArgs(['lesson', 'fundamentals/dns-basics']));
		expect(frontmatter('content/docs/fundamentals/dns-basics.mdx').quiz).toBe('fundamentals-dns-basics');
		expect(contentProblems(site)).toEqual([]);
	});

	it('refuses to overwrite a lesson and leaves it untouched', () => {
		const file = join(site, 'content/docs/fundamentals/ci-cd.mdx');
		const before = readFileSync(file, 'utf8');
		expect(() => scaffold(site, parseNewArgs(['lesson', 'fundamentals/ci-cd']))).toThrow(
			'content/docs/fundamentals/ci-cd.mdx already exists, so the lesson was not created: nothing was overwritten',
		);
		expect(readFileSync(file, 'utf8')).toBe(before);
	});
});

describe('npm run new -- quiz', () => {
	it('writes a bank that passes the schema and the bank lint, and attaches it to the lesson with that key', () => {
		scaffold(site, parseNewArgs(['lesson', 'security/phishing']));
		const result = scaffold(site, parseNewArgs(['quiz', 'security-phishing']));
		expect(result.created).toEqual(['content/quizzes/security-phishing.yaml']);
		expect(result.changed).toEqual(['content/docs/security/phishing.mdx']);
		expect(frontmatter('content/docs/security/phishing.mdx').quiz).toBe('security-phishing');
		const bank = parseYaml(readFileSync(join(site, 'content/quizzes/security-phishing.yaml'), 'utf8'));
		expect(CheckedQuizBankSchema.safeParse(bank).error?.issues ?? []).toEqual([]);
		expect(bank.questions[0].skills).toEqual(frontmatter('content/docs/security/phishing.mdx').skills);
		expect(contentProblems(site)).toEqual([]);
	});

	it('leaves a lesson that already has a quiz alone', () => {
		const lesson = join(site, 'content/docs/lifecycle/build.mdx');
		const before = readFileSync(lesson, 'utf8');
		rmSync(join(site, 'content/quizzes/lifecycle-build.yaml'));
		writeFileSync(lesson, before.replace('quiz: lifecycle-build', 'quiz: lifecycle-overview'));
		const result = scaffold(site, parseNewArgs(['quiz', 'lifecycle-build']));
		expect(result.changed).toEqual([]);
		expect(result.next.join('\n')).toContain('already has a quiz (lifecycle-overview)');
	});

	it('refuses to overwrite a bank', () => {
		expect(() => scaffold(site, parseNewArgs(['quiz', 'lifecycle-build']))).toThrow('content/quizzes/lifecycle-build.yaml already exists');
	});
});

describe('bad arguments are explained', () => {
	it.each([
		[[], 'Say what to create: a lesson or a quiz.'],
		[['page', 'x'], 'Unknown kind "page": use lesson or quiz.'],
		[['lesson'], 'Give the lesson as <section>/<slug>'],
		[['lesson', 'dns-basics'], 'Expected <section>/<slug>, e.g. fundamentals/dns-basics; got "dns-basics".'],
		[['lesson', 'databases/backups'], 'There is no section "databases". Sections that hold lessons: start-here, role, fundamentals, linux'],
		[['lesson', 'fundamentals/DNS_Basics'], 'Slug "DNS_Basics" must be lowercase letters, digits and single hyphens'],
		[['lesson', 'fundamentals/index'], '"index" is the overview page of the fundamentals section'],
		[['lesson', 'fundamentals/dns', 'basics'], 'Unexpected argument(s) "basics"'],
		[['lesson', 'fundamentals/dns', '--title'], '--title needs a value'],
		[['lesson', 'fundamentals/dns', '--force'], 'Unknown option --force'],
		[['quiz'], 'Give the quiz id'],
		[['quiz', 'DNS quiz'], 'Quiz id "DNS quiz" must be lowercase letters, digits and single hyphens'],
	])('%j', (argv, message) => {
		expect(() => parseNewArgs(argv)).toThrow(UsageError);
		expect(() => parseNewArgs(argv)).toThrow(message);
	});
});

describe('the command', () => {
	const script = join(root, 'scripts', 'new.ts');

	it('exits with status 2 and prints the usage on a mistake', () => {
		const run = spawnSync(process.execPath, [script, 'lesson', 'nowhere/page'], { encoding: 'utf8' });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('There is no section "nowhere"');
		expect(run.stderr).toContain('npm run new -- lesson <section>/<slug>');
	});

	it('runs on Node without a build step (type stripping) and writes into the project it belongs to', () => {
		const project = mkdtempSync(join(tmpdir(), 'devops-path-project-'));
		try {
			for (const part of ['content', 'scripts', 'src', 'package.json']) cpSync(join(root, part), join(project, part), { recursive: true });
			symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
			const out = execFileSync(process.execPath, [join(project, 'scripts', 'new.ts'), 'lesson', 'tools/helm-basics'], { encoding: 'utf8' });
			expect(out).toContain('Created content/docs/tools/helm-basics.mdx');
			expect(contentProblems(project)).toEqual([]);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	});
});
