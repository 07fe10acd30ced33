import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/content-files';
import { createScratch, limitConcurrency, type FixtureBuild, type Scratch } from '../support/fixture-site';

/**
 * Real `astro build`s of a two-lesson course (tests/fixtures/bad-content/base) with one thing
 * broken per case (the case's folder is laid over the base). Each must fail, and its output must
 * name the file, the field and the bad value, as the content model promises.
 */
const FIXTURES = join(root, 'tests', 'fixtures', 'bad-content');
/** The fixture course fills these sections only; the others would (rightly) fail for lack of pages. */
const SECTIONS = 'start-here,fundamentals';
const BUILD_TIMEOUT = 120_000;

interface BadCase {
	name: string;
	file: string;
	field: string;
	value: string;
	/** Folder under FIXTURES with the case's content; none when the case only changes settings. */
	overlay?: string;
	env?: Record<string, string>;
}

const badCases: BadCase[] = [
	{
		name: 'dangling prerequisite',
		overlay: 'dangling-prerequisite',
		file: 'content/docs/fundamentals/linux.mdx',
		field: 'prerequisites',
		value: 'fundamentals-shell',
	},
	{
		name: 'dangling quiz id',
		overlay: 'dangling-quiz',
		file: 'content/docs/fundamentals/linux.mdx',
		field: 'quiz',
		value: 'fundamentals-linux',
	},
	{
		name: 'dangling milestone id',
		overlay: 'dangling-milestone',
		file: 'content/docs/fundamentals/linux.mdx',
		field: 'milestone',
		value: 'days-30',
	},
	{
		name: 'dangling re-read link',
		overlay: 'dangling-reread',
		file: 'content/quizzes/start-here.yaml',
		field: 'fixture-start-here-order.reread',
		value: 'fundamentals/linux#permissions',
	},
	{
		name: 'duplicate key',
		overlay: 'duplicate-key',
		file: 'content/docs/fundamentals/linux.mdx',
		field: 'key',
		value: 'fundamentals-overview',
	},
	// Whichever bank the build reads second is named; the message names the other, so both appear on the line.
	{
		name: 'question id used in two banks',
		overlay: 'duplicate-question-id',
		file: 'content/quizzes/fundamentals-overview.yaml',
		field: 'id',
		value: 'fixture-start-here-order',
	},
	{
		name: 'prerequisite cycle',
		overlay: 'prerequisite-cycle',
		file: 'content/docs/start-here/index.mdx',
		field: 'prerequisites',
		value: 'start-here → fundamentals-overview → start-here',
	},
	{ name: 'field of the wrong type', overlay: 'wrong-type', file: 'content/docs/fundamentals/index.mdx', field: 'minutes', value: 'ten' },
	{ name: 'unknown skill', overlay: 'unknown-skill', file: 'content/docs/fundamentals/index.mdx', field: 'skills', value: 'kubernetes' },
	{
		name: 'lab attached to no lesson',
		overlay: 'lab-unknown-lesson',
		file: 'content/labs/fixture-triage.yaml',
		field: 'lesson',
		value: 'fundamentals-shell',
	},
	{
		name: 'lab with two tasks of one id',
		overlay: 'lab-duplicate-task-id',
		file: 'content/labs/fixture-triage.yaml',
		field: 'tasks.1.id',
		value: 'fixture-count-errors',
	},
	{
		name: 'lab check with a broken regular expression',
		overlay: 'lab-bad-pattern',
		file: 'content/labs/fixture-triage.yaml',
		field: 'tasks.1.checks.0.matches',
		value: '^\\s*(2\\s*$',
	},
	{
		name: 'sidebar section without a page',
		env: { DEVOPS_PATH_SECTIONS: `${SECTIONS},role` },
		file: 'src/config/sections.ts',
		field: 'role.directory',
		value: 'role',
	},
];

const runLimited = limitConcurrency(Math.max(1, Math.min(2, availableParallelism())));
const builds = new Map<string, Promise<FixtureBuild & { site: string }>>();
let scratch: Scratch | undefined;

function build(into: Scratch, name: string, overlay: string | undefined, env: Record<string, string> = {}) {
	const layers = [join(FIXTURES, 'base'), ...(overlay ? [join(FIXTURES, overlay)] : [])];
	const site = into.copySite(name.replace(/\W+/g, '-'), layers);
	builds.set(
		name,
		runLimited(async () => ({ site, ...(await into.build(site, { DEVOPS_PATH_SECTIONS: SECTIONS, ...env }, BUILD_TIMEOUT)) })),
	);
}

/** The output with the copy's location stripped, so file names read as in the project. */
async function result(name: string) {
	const done = await builds.get(name)!;
	return { ...done, output: done.output.replaceAll(`${done.site}/`, '') };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
	scratch = await createScratch();
	// Every build is queued now and runs two at a time; each test waits only for its own.
	build(scratch, 'valid', undefined);
	for (const badCase of badCases) build(scratch, badCase.name, badCase.overlay, badCase.env);
}, 60_000);

afterAll(async () => {
	await Promise.allSettled(builds.values());
	await scratch?.remove();
}, BUILD_TIMEOUT * 2);

describe('astro build of fixture content', () => {
	it('builds the valid fixture course (so the failures below are caused by what each case breaks)', {
		timeout: BUILD_TIMEOUT * 2,
	}, async () => {
		const { code, output, site } = await result('valid');
		expect(code, output).toBe(0);
		expect(output).not.toMatch(/\[ERROR\]|Content check failed/);
		const page = readFileSync(join(site, 'dist', 'fundamentals', 'index.html'), 'utf8');
		expect(page).toContain('This lesson needs the first one.');
		expect(existsSync(join(site, 'dist', 'start-here', 'index.html'))).toBe(true);
	});

	it.each(badCases)('fails on a $name, naming $file, $field and "$value"', { timeout: BUILD_TIMEOUT * 3 }, async (badCase) => {
		const { code, output } = await result(badCase.name);
		expect(code, output).not.toBe(0);
		expect(code, output).not.toBeNull();
		expect(output, 'the file').toContain(badCase.file);
		// The field and the quoted value on one line, as the content check and the schema errors print them.
		expect(output, 'the field and the value').toMatch(new RegExp(`${escapeRegExp(badCase.field)}\\b.*"${escapeRegExp(badCase.value)}"`));
	});
});
