/** Repeated timings summarised as median and worst, in milliseconds to one decimal. */
export interface Timing {
	median: number;
	max: number;
	samples: number;
}

export function timing(samples: readonly number[]): Timing {
	if (!samples.length) throw new Error('no samples to summarise');
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = sorted.length / 2;
	const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return { median: round(median), max: round(sorted.at(-1)!), samples: samples.length };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
