import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { fieldRows, splitVariants, typeText } from '../../src/lib/contribute/schema-reference';
import { listItemSources } from '../../src/lib/course/yaml-source';
import { LessonFieldsSchema } from '../../src/schemas/lesson';
import { MilestoneSchema } from '../../src/schemas/milestone';
import { questionSchemas, QuizBankSchema } from '../../src/schemas/quiz';
import { ToolSchema } from '../../src/schemas/tool';
import { root } from '../support/content-files';

describe('the generated reference', () => {
	const schemas: [string, z.ZodType][] = [
		['lesson', LessonFieldsSchema],
		['quiz bank', QuizBankSchema],
		['tool', ToolSchema],
		['milestone', MilestoneSchema],
		...Object.entries(questionSchemas).map(([type, schema]): [string, z.ZodType] => [`${type} question`, schema]),
	];
	it.each(schemas)('describes every field of a %s', (_name, schema) => {
		const rows = fieldRows(schema);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.filter((row) => !row.description).map((row) => row.path)).toEqual([]);
	});

	it('lists nested fields with their path, whether required, and defaults', () => {
		const rows = fieldRows(questionSchemas.single);
		expect(rows.find((row) => row.path === 'options[].correct')).toMatchObject({
			type: 'true or false',
			required: false,
			default: 'false',
		});
		expect(rows.find((row) => row.path === 'options')).toMatchObject({ type: 'list of objects (3 to 6)', required: true });
		expect(fieldRows(LessonFieldsSchema).find((row) => row.path === 'minutes')).toMatchObject({
			type: 'whole number from 1 to 240',
			required: false,
		});
	});

	it('puts the fields all question types share in one table and each type’s own in another', () => {
		const { common, own } = splitVariants(questionSchemas);
		expect(common.map((row) => row.path)).toEqual(['id', 'prompt', 'explanation', 'skills', 'hint', 'reread']);
		expect(own.truefalse.map((row) => row.path)).toEqual(['type', 'answer', 'feedback']);
		expect(own.spot.map((row) => row.path)).toEqual(['type', 'code', 'language', 'answer', 'feedback']);
	});

	it('names value types in words', () => {
		expect(typeText({ type: 'string' })).toBe('text');
		expect(typeText({ const: 'spot' })).toBe('"spot"');
		expect(typeText({ type: 'string', enum: ['a', 'b'] })).toBe('one of "a", "b"');
		expect(typeText({ type: 'array', items: { type: 'string', enum: ['a'] }, minItems: 1 })).toBe('list of values from "a" (at least 1)');
		expect(typeText({ type: 'integer' })).toBe('whole number');
		expect(typeText({ type: 'string', format: 'uri' })).toBe('web address');
		expect(typeText({ type: 'string', pattern: '^x$' })).toBe('text matching ^x$');
	});
});

describe('question sources cut from YAML', () => {
	const file = join(root, 'content', 'quizzes', 'question-types.yaml');

	it('keeps each item as written, dedented, with its values', () => {
		const source =
			'title: T\nquestions:\n  - id: a # first\n    type: single\n    prompt: "Quoted: yes"\n\n  - id: b\n    type: truefalse\n';
		expect(listItemSources(source, 'questions')).toEqual([
			{ value: { id: 'a', type: 'single', prompt: 'Quoted: yes' }, text: '- id: a # first\n  type: single\n  prompt: "Quoted: yes"' },
			{ value: { id: 'b', type: 'truefalse' }, text: '- id: b\n  type: truefalse' },
		]);
	});

	it('explains a file that has no such list', () => {
		expect(() => listItemSources('title: T\n', 'questions')).toThrow('The YAML has no list under "questions"');
	});

	it('finds one example of every question type in the bank the Contribute section shows', () => {
		const types = listItemSources(readFileSync(file, 'utf8'), 'questions').map((item) => (item.value as { type: string }).type);
		expect(new Set(types)).toEqual(new Set(Object.keys(questionSchemas)));
	});
});
