import { describe, expect, it } from 'vitest';
import { destinationPages } from '../../src/lib/print/pdf-destinations';

const output = `Page  Destination                 Name
   1 [ XYZ   11  742 null      ] "_top"
   4 [ XYZ   11  780 null      ] "lesson-start-here"
  10 [ XYZ   11  832 null      ] "section-role"
 112 [ XYZ   11  832 null      ] "answer-key"
`;

describe('destinationPages', () => {
	it('reads the page of every named destination', () => {
		expect(destinationPages(output)).toEqual(
			new Map([
				['_top', 1],
				['lesson-start-here', 4],
				['section-role', 10],
				['answer-key', 112],
			]),
		);
	});

	it('ignores the header and lines it cannot read', () => {
		expect(destinationPages('Page  Destination  Name\nsomething else\n').size).toBe(0);
	});
});
