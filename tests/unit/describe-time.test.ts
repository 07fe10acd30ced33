import { describe, expect, it } from 'vitest';
import { reviewStrings } from '../../src/config/strings/review';
import { formatsFor } from '../../src/lib/locale/format';
import { describeTime } from '../../src/lib/review/describe-time';
import { inEnglish, inSpanish } from '../support/english';

const now = new Date(2026, 11, 1, 9, 0).getTime();
const minutes = (n: number) => now + n * 60_000;
const english = reviewStrings(inEnglish).when;
const en = formatsFor('en');

describe('describeTime', () => {
	it('says minutes and hours within the day', () => {
		expect(describeTime(minutes(0), now, en, english)).toBe('now');
		expect(describeTime(minutes(1), now, en, english)).toBe('in 1 minute');
		expect(describeTime(minutes(45), now, en, english)).toBe('in 45 minutes');
		expect(describeTime(minutes(180), now, en, english)).toBe('in 3 hours');
	});

	it('names the day in the page’s language beyond today', () => {
		const threeDays = new Date(2026, 11, 4, 9, 0).getTime();
		expect(describeTime(threeDays, now, formatsFor('en-GB'), english)).toBe('on Friday 4 December');
		expect(describeTime(threeDays, now, formatsFor('es'), reviewStrings(inSpanish).when)).toMatch(/viernes, 4 de diciembre/);
	});

	it('says it in the page’s language, with its plural forms', () => {
		const spanish = reviewStrings(inSpanish).when;
		const es = formatsFor('es');
		expect(describeTime(minutes(1), now, es, spanish)).not.toBe(describeTime(minutes(45), now, es, spanish).replace('45', '1'));
		expect(describeTime(minutes(45), now, es, spanish)).toContain('45');
	});

	it('groups large numbers the language’s way', () => {
		// Not reachable with minutes (an hour starts at 60), so shown with a formatter that marks its output.
		const marked = { ...en, number: (n: number) => `<${n}>` };
		expect(describeTime(minutes(45), now, marked, english)).toBe('in <45> minutes');
	});
});
