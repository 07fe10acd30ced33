import { describe, expect, it } from 'vitest';
import { reviewStrings } from '../../src/config/strings/review';
import { formatsFor } from '../../src/lib/locale/format';
import { describeTime } from '../../src/lib/review/describe-time';
import { inEnglish, inSpanish } from '../support/english';

const now = new Date(2026, 11, 1, 9, 0).getTime();
const minutes = (n: number) => now + n * 60_000;
const onDay = reviewStrings(inEnglish).onDay;
const en = formatsFor('en');

describe('describeTime', () => {
	it('says minutes and hours within the day', () => {
		expect(describeTime(minutes(0), now, en, onDay)).toBe('now');
		expect(describeTime(minutes(1), now, en, onDay)).toBe('in 1 minute');
		expect(describeTime(minutes(45), now, en, onDay)).toBe('in 45 minutes');
		expect(describeTime(minutes(180), now, en, onDay)).toBe('in 3 hours');
	});

	it('names the day in the page’s language beyond today', () => {
		const threeDays = new Date(2026, 11, 4, 9, 0).getTime();
		expect(describeTime(threeDays, now, formatsFor('en-GB'), onDay)).toBe('on Friday 4 December');
		expect(describeTime(threeDays, now, formatsFor('es'), reviewStrings(inSpanish).onDay)).toBe('el viernes, 4 de diciembre');
	});

	it('says times from now through Intl in the page’s language, with its plural forms', () => {
		const es = formatsFor('es');
		const spanish = reviewStrings(inSpanish).onDay;
		expect(describeTime(minutes(0), now, es, spanish)).toBe('ahora');
		expect(describeTime(minutes(1), now, es, spanish)).toBe('dentro de 1 minuto');
		expect(describeTime(minutes(45), now, es, spanish)).toBe('dentro de 45 minutos');
		expect(describeTime(minutes(180), now, es, spanish)).toBe('dentro de 3 horas');
	});
});
