import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../src/lib/locale/format';
import { describeTime } from '../../src/lib/review/describe-time';

const now = new Date(2026, 11, 1, 9, 0).getTime();
const minutes = (n: number) => now + n * 60_000;

describe('describeTime', () => {
	it('says minutes and hours within the day', () => {
		expect(describeTime(minutes(0), now)).toBe('now');
		expect(describeTime(minutes(1), now)).toBe('in 1 minute');
		expect(describeTime(minutes(45), now)).toBe('in 45 minutes');
		expect(describeTime(minutes(180), now)).toBe('in 3 hours');
	});

	it('names the day in the page’s language beyond today', () => {
		const threeDays = new Date(2026, 11, 4, 9, 0).getTime();
		expect(describeTime(threeDays, now, formatsFor('en-GB'))).toBe('on Friday 4 December');
		expect(describeTime(threeDays, now, formatsFor('de'))).toBe('on Freitag, 4. Dezember');
	});

	it('groups large numbers the language’s way', () => {
		// Not reachable with minutes (an hour starts at 60), so shown with a formatter that marks its output.
		const marked = { ...formatsFor('en'), number: (n: number) => `<${n}>` };
		expect(describeTime(minutes(45), now, marked)).toBe('in <45> minutes');
	});
});
