import { describe, expect, it } from 'vitest';
import { currentHeadingIndex } from '../../src/lib/navigation/current-heading';

describe('currentHeadingIndex', () => {
	it('has no heading to mark on a page without headings', () => {
		expect(currentHeadingIndex([], 100)).toBe(-1);
	});

	it('marks the first heading while none has reached the reading line', () => {
		expect(currentHeadingIndex([300, 900, 1500], 100)).toBe(0);
	});

	it('marks the last heading that has scrolled up to the reading line', () => {
		expect(currentHeadingIndex([-800, -200, 100, 700], 100)).toBe(2);
		expect(currentHeadingIndex([-800, -200, 101, 700], 100)).toBe(1);
	});

	it('marks the last heading once every heading is above the line', () => {
		expect(currentHeadingIndex([-3000, -2000, -50], 100)).toBe(2);
	});
});
