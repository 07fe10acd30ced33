/** "in 10 minutes", "in 3 hours", "on Monday 23 November": when a review comes due, in words. */
export function describeTime(due: number, now: number): string {
	const minutes = Math.round((due - now) / 60_000);
	if (minutes < 1) return 'now';
	if (minutes < 60) return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
	const hours = Math.round(minutes / 60);
	if (hours < 24 && new Date(due).toDateString() === new Date(now).toDateString()) return `in ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
	return `on ${new Date(due).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' })}`;
}
