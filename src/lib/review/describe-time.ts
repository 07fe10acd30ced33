import type { Formats } from '../locale/format';

/** How a day beyond today is said ("on Monday, 23 November"), in the page's language (`review.when.onDay`). */
export type OnDay = (day: string) => string;

/** "now", "in 10 minutes", "in 3 hours", "on Monday, 23 November": when a review comes due, in the page's language. */
export function describeTime(due: number, now: number, f: Formats, onDay: OnDay): string {
	const minutes = Math.round((due - now) / 60_000);
	// Under a minute is "now" ("this minute" is what the minute unit says at 0).
	if (minutes < 1) return f.fromNow(0, 'second');
	if (minutes < 60) return f.fromNow(minutes, 'minute');
	const hours = Math.round(minutes / 60);
	if (hours < 24 && new Date(due).toDateString() === new Date(now).toDateString()) return f.fromNow(hours, 'hour');
	return onDay(f.weekday(due));
}
