/**
 * Numbers, percentages, dates and times from now written the way the reader's language writes them. The language
 * is the page's (the `lang` of its <html>), passed in, so this stays free of the DOM and testable.
 */
export interface Formats {
	lang: string;
	number(value: number): string;
	/** A number with exactly one decimal, e.g. a size in megabytes: "6.0" or "6,0". */
	oneDecimal(value: number): string;
	/** `value` is a percentage (0-100), already rounded as wanted. */
	percent(value: number): string;
	/** A day, e.g. "1 December 2026" or "1. Dezember 2026". */
	date(time: number): string;
	/** A day with its weekday and without the year, for dates in the coming weeks. */
	weekday(time: number): string;
	/** A time from now, e.g. "now", "in 3 hours" or "dentro de 3 horas". */
	fromNow(value: number, unit: 'second' | 'minute' | 'hour'): string;
}

/** Formats for a BCP-47 language tag; an empty or invalid one falls back to English rather than throwing. */
export function formatsFor(lang: string): Formats {
	const tag = supported(lang);
	const number = new Intl.NumberFormat(tag);
	const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
	const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long' });
	const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long' });
	// "auto" says "now" rather than "in 0 minutes".
	const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
	return {
		lang: tag,
		number: (value) => number.format(value),
		oneDecimal: (value) => oneDecimal.format(value),
		percent: (value) => percent.format(value / 100),
		date: (time) => date.format(time),
		weekday: (time) => weekday.format(time),
		fromNow: (value, unit) => relative.format(value, unit),
	};
}

function supported(lang: string): string {
	try {
		return Intl.getCanonicalLocales(lang)[0] ?? 'en';
	} catch {
		return 'en';
	}
}
