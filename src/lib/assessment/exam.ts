/** A question the practice exam may ask: enough to weigh, vary and interleave it. */
export interface ExamCandidate {
	id: string;
	type: string;
	/** Course section of the lesson that teaches it. */
	section: string;
	skills: readonly string[];
}

export interface ExamDimension {
	skill: string;
	weight: number;
}

export const EXAM_SIZE = 40;

/** The skill a question counts for in the exam: its first skill the rubric knows. */
export function primarySkill(candidate: ExamCandidate, rubric: readonly ExamDimension[]): string | undefined {
	return candidate.skills.find((skill) => rubric.some((d) => d.skill === skill));
}

/**
 * How many questions each skill gets: its weight's share of the exam (largest remainders round),
 * capped by the questions it has, with what a short skill cannot fill handed to the others by weight.
 */
export function examQuotas(available: ReadonlyMap<string, number>, rubric: readonly ExamDimension[], size: number): Map<string, number> {
	const quotas = new Map(rubric.map((d) => [d.skill, 0]));
	let open = rubric.filter((d) => (available.get(d.skill) ?? 0) > 0);
	let left = Math.min(
		size,
		open.reduce((sum, d) => sum + (available.get(d.skill) ?? 0), 0),
	);
	while (left > 0 && open.length) {
		const weight = open.reduce((sum, d) => sum + d.weight, 0);
		const exact = open.map((d) => ({ d, share: (left * d.weight) / weight }));
		const whole = exact.map(({ d, share }) => ({ d, n: Math.floor(share), rest: share - Math.floor(share) }));
		let spare = left - whole.reduce((sum, w) => sum + w.n, 0);
		for (const w of [...whole].sort((a, b) => b.rest - a.rest || b.d.weight - a.d.weight)) {
			if (spare-- <= 0) break;
			w.n += 1;
		}
		for (const { d, n } of whole) {
			const room = (available.get(d.skill) ?? 0) - quotas.get(d.skill)!;
			const take = Math.min(n, room);
			quotas.set(d.skill, quotas.get(d.skill)! + take);
			left -= take;
		}
		open = open.filter((d) => (available.get(d.skill) ?? 0) > quotas.get(d.skill)!);
	}
	return quotas;
}

export interface DrawOptions {
	size?: number;
	/** Questions of the previous draw: asked again only when nothing else is left. */
	avoid?: Iterable<string>;
}

/**
 * Draws a practice exam: as many questions per skill as the rubric weighs it, each pick the one that
 * adds most variety (types and sections seen least so far, the previous draw avoided), then ordered
 * so that consecutive questions test different skills. `random` decides every tie, so two draws differ.
 */
export function drawExam(
	candidates: readonly ExamCandidate[],
	rubric: readonly ExamDimension[],
	random: () => number,
	options: DrawOptions = {},
): ExamCandidate[] {
	const size = options.size ?? EXAM_SIZE;
	const avoid = new Set(options.avoid ?? []);
	const bySkill = new Map<string, ExamCandidate[]>(rubric.map((d) => [d.skill, []]));
	const seen = new Set<string>();
	for (const candidate of shuffle(candidates, random)) {
		const skill = primarySkill(candidate, rubric);
		if (!skill || seen.has(candidate.id)) continue;
		seen.add(candidate.id);
		bySkill.get(skill)!.push(candidate);
	}
	const quotas = examQuotas(new Map([...bySkill].map(([skill, list]) => [skill, list.length])), rubric, size);
	const typeCount = new Map<string, number>();
	const sectionCount = new Map<string, number>();
	const picked = new Map<string, ExamCandidate[]>(rubric.map((d) => [d.skill, []]));
	// Skills take turns picking, so the variety counters are shared fairly rather than used up by the first skill.
	let remaining = [...quotas].filter(([, n]) => n > 0).map(([skill]) => skill);
	while (remaining.length) {
		for (const skill of remaining) {
			const pool = bySkill.get(skill)!;
			let best = 0;
			let bestCost = Infinity;
			pool.forEach((candidate, i) => {
				const cost =
					(avoid.has(candidate.id) ? 1000 : 0) + (typeCount.get(candidate.type) ?? 0) + (sectionCount.get(candidate.section) ?? 0);
				if (cost < bestCost) [best, bestCost] = [i, cost];
			});
			const [chosen] = pool.splice(best, 1);
			picked.get(skill)!.push(chosen!);
			typeCount.set(chosen!.type, (typeCount.get(chosen!.type) ?? 0) + 1);
			sectionCount.set(chosen!.section, (sectionCount.get(chosen!.section) ?? 0) + 1);
		}
		remaining = remaining.filter((skill) => picked.get(skill)!.length < quotas.get(skill)!);
	}
	return interleave(picked, random);
}

/** Orders the picks so no two neighbours share a skill while another skill still has questions left. */
function interleave(picked: Map<string, ExamCandidate[]>, random: () => number): ExamCandidate[] {
	const queues = shuffle(
		[...picked.values()].filter((list) => list.length),
		random,
	).map((list) => [...list]);
	const order: ExamCandidate[] = [];
	let last: ExamCandidate[] | undefined;
	while (queues.some((queue) => queue.length)) {
		const open = queues.filter((queue) => queue.length && queue !== last);
		const from = (open.length ? open : queues.filter((queue) => queue.length)).sort((a, b) => b.length - a.length)[0]!;
		order.push(from.shift()!);
		last = from;
	}
	return order;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

export interface ExamSkillResult extends ExamDimension {
	asked: number;
	right: number;
	/** Ids of the questions of this skill answered wrong or left unanswered. */
	missed: string[];
}

/** The result by skill: each question counts for its primary skill, an unanswered one as wrong. */
export function examResult(
	asked: readonly ExamCandidate[],
	right: ReadonlySet<string>,
	rubric: readonly ExamDimension[],
): ExamSkillResult[] {
	return rubric.map((dimension) => {
		const mine = asked.filter((candidate) => primarySkill(candidate, rubric) === dimension.skill);
		return {
			...dimension,
			asked: mine.length,
			right: mine.filter((candidate) => right.has(candidate.id)).length,
			missed: mine.filter((candidate) => !right.has(candidate.id)).map((candidate) => candidate.id),
		};
	});
}
