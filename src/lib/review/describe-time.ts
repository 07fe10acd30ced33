import { formatsFor, type Formats } from '../locale/format';

/** "in 10 minutes", "in 3 hours", "on Monday, 23 November": when a review comes due, in words, with numbers and the day in the page's language. */
export function describeTime(due: number, now: number, f: Formats = formatsFor('en')): string {
	const minutes = Math.round((due - now) / 60_000);
	if (minutes < 1) return 'now';
	if (minutes < 60) return `in ${f.number(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
	const hours = Math.round(minutes / 60);
	if (hours < 24 && new Date(due).toDateString() === new Date(now).toDateString()) return `in ${f.number(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
	return `on ${f.weekday(due)}`;
}
