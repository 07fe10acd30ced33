import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../src/lib/locale/format';

const firstOfDecember = Date.UTC(2026, 11, 1, 12);

describe('formatsFor', () => {
	it('writes numbers with the language’s digit grouping', () => {
		expect(formatsFor('en').number(12345)).toBe('12,345');
		expect(formatsFor('de').number(12345)).toBe('12.345');
		expect(formatsFor('fr').number(12345)).toMatch(/^12\s345$/u);
	});

	it('writes a one-decimal figure with the language’s decimal mark, keeping a trailing zero', () => {
		expect(formatsFor('en').oneDecimal(6)).toBe('6.0');
		expect(formatsFor('en').oneDecimal(4.26)).toBe('4.3');
		expect(formatsFor('es').oneDecimal(6)).toBe('6,0');
		expect(formatsFor('de').oneDecimal(12345.67)).toBe('12.345,7');
	});

	it('writes percentages the language’s way, from a 0-100 value', () => {
		expect(formatsFor('en').percent(14)).toBe('14%');
		expect(formatsFor('de').percent(14)).toMatch(/^14\s%$/u);
		expect(formatsFor('tr').percent(14)).toBe('%14');
	});

	it('writes dates with month names in the language, not as 12/1/2026', () => {
		expect(formatsFor('en-GB').date(firstOfDecember)).toBe('1 December 2026');
		expect(formatsFor('en-US').date(firstOfDecember)).toBe('December 1, 2026');
		expect(formatsFor('de').date(firstOfDecember)).toBe('1. Dezember 2026');
		expect(formatsFor('de').weekday(firstOfDecember)).toBe('Dienstag, 1. Dezember');
	});

	it('falls back to English for an empty or malformed language tag', () => {
		expect(formatsFor('').lang).toBe('en');
		expect(formatsFor('not a tag!').lang).toBe('en');
		expect(formatsFor('not a tag!').number(1000)).toBe('1,000');
	});
});
