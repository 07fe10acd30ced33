import type { z } from 'astro/zod';
import { ProgressSchema } from '../../schemas/progress';
import { TABLES } from '../progress/codec';
import type { FieldRow } from './schema-reference';

export type StoredTable = keyof typeof TABLES;

/**
 * How each field of a stored row is written, in order, for the Reference page: generated from the
 * codec's columns and the progress schema, so the page describes exactly what the site writes.
 */
export function storedRows(table: StoredTable): FieldRow[] {
	const entry = (ProgressSchema.shape[table] as unknown as z.ZodRecord).valueType as z.ZodObject;
	const rows: FieldRow[] = [
		{
			path: '[0]',
			type: 'text',
			required: true,
			description: `The ${idName(table)}, or \`<n>~<rest>\`: its first n characters are those of the id in the row before.`,
		},
	];
	TABLES[table].forEach((column, index) => {
		const kind = column.kind;
		const type =
			kind === 'time'
				? column.since
					? `milliseconds after \`${column.since}\``
					: 'milliseconds after `t0`'
				: kind === 'bool'
					? '1 (true) or 0 (false)'
					: typeof kind === 'object'
						? kind.oneOf.map((value, i) => `${i} (\`${value}\`)`).join(', ')
						: kind === 'json'
							? 'object, as in the model'
							: kind === 'int'
								? 'whole number'
								: kind;
		const required = !entry.shape[column.field]?.safeParse(undefined).success;
		rows.push({
			path: `[${index + 1}]`,
			type,
			required,
			description: `\`${column.field}\`${required ? '' : '; null when absent, dropped when nothing follows it'}`,
		});
	});
	return rows;
}

function idName(table: StoredTable): string {
	switch (table) {
		case 'lessons':
			return 'lesson key';
		case 'questions':
		case 'review':
			return 'question id';
		case 'checklist':
			return 'checklist item id (`<milestone>:<item>`)';
		case 'labTasks':
			return 'lab task id (`<lab>:<task>`)';
		case 'labSolutions':
			return 'lab id';
		case 'exams':
			return 'attempt id (the time it was finished)';
	}
}
