import type { Formats } from '../locale/format';

/** The words for when a review comes due, in the page's language (`review.when.*` in content/i18n). */
export interface TimeWords {
	now: string;
	inMinutes(minutes: number, f: Formats): string;
	inHours(hours: number, f: Formats): string;
	/** `day` is the weekday and date, already formatted. */
	onDay(day: string): string;
}

/** "in 10 minutes", "in 3 hours", "on Monday, 23 November": when a review comes due, with numbers and the day in the page's language. */
export function describeTime(due: number, now: number, f: Formats, words: TimeWords): string {
	const minutes = Math.round((due - now) / 60_000);
	if (minutes < 1) return words.now;
	if (minutes < 60) return words.inMinutes(minutes, f);
	const hours = Math.round(minutes / 60);
	if (hours < 24 && new Date(due).toDateString() === new Date(now).toDateString()) return words.inHours(hours, f);
	return words.onDay(f.weekday(due));
}
