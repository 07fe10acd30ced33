import { describe, expect, it } from 'vitest';
import { storedRows } from '../../src/lib/contribute/progress-format';
import { TABLES } from '../../src/lib/progress/codec';

describe('the Reference page’s tables of stored progress', () => {
	it('list the id and then every column in the order rows hold them', () => {
		for (const table of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
			const rows = storedRows(table);
			expect(rows.map((row) => row.path)).toEqual(['[0]', ...TABLES[table].map((_, i) => `[${i + 1}]`)]);
			expect(rows.slice(1).map((row) => row.description.split('`')[1])).toEqual(TABLES[table].map((column) => column.field));
		}
	});
	it('say how each value is written and which may be absent', () => {
		const lessons = storedRows('lessons');
		expect(lessons[1]).toMatchObject({ type: '0 (`in-progress`), 1 (`done`)', required: true });
		expect(lessons[3]).toMatchObject({ type: 'milliseconds after `startedAt`', required: true });
		expect(lessons[4]).toMatchObject({ type: 'milliseconds after `startedAt`', required: false });
		expect(storedRows('questions')[2]).toMatchObject({ type: '1 (true) or 0 (false)', required: true });
		expect(storedRows('review')[10]).toMatchObject({
			description: expect.stringMatching(/^`lastReview`; null when absent/),
			required: false,
		});
	});
});
