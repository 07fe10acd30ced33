/** Random numbers in [0, 1). Injected so shuffles are reproducible in tests and at build. */
export type Random = () => number;

/** A permutation of 0..n-1 (Fisher-Yates). With `avoidIdentity`, never the authored order when n > 1. */
export function shuffledIndexes(n: number, random: Random, avoidIdentity = false): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	if (avoidIdentity && n > 1 && order.every((value, index) => value === index)) order.push(order.shift()!);
	return order;
}

/** Deterministic random numbers from a text seed (mulberry32 over an FNV-1a hash). */
export function seededRandom(seed: string): Random {
	let state = 2166136261;
	for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
