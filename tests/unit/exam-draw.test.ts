import { describe, expect, it } from 'vitest';
import { rubric } from '../../src/config/rubric';
import { drawExam, EXAM_SIZE, examQuotas, examResult, primarySkill, type ExamCandidate } from '../../src/lib/assessment/exam';
import { seededRandom } from '../../src/lib/quiz/random';
import { QuizBankSchema } from '../../src/schemas/quiz';
import { readYamlCollection } from '../support/content-files';

const TYPES = ['single', 'multiple', 'truefalse', 'order', 'match', 'spot'];
/** A roomy pool: 30 questions per skill, spread over six types and five sections. */
const roomy: ExamCandidate[] = rubric.flatMap((d) =>
	Array.from({ length: 30 }, (_, i) => ({ id: `${d.skill}-${i}`, type: TYPES[i % 6]!, section: `section-${i % 5}`, skills: [d.skill] })),
);
const real: ExamCandidate[] = readYamlCollection('quizzes')
	.filter((entry) => entry.id !== 'question-types')
	.flatMap((entry) =>
		QuizBankSchema.parse(entry.data).questions.map((q) => ({ id: q.id, type: q.type, section: entry.id.split('-')[0]!, skills: q.skills })),
	);
const count = <T>(items: readonly T[], key: (item: T) => string) =>
	items.reduce((m, item) => m.set(key(item), (m.get(key(item)) ?? 0) + 1), new Map<string, number>());

describe('practice exam draw', () => {
	it('gives each skill its rubric weight of the 40 questions when every skill has enough', () => {
		const exam = drawExam(roomy, rubric, seededRandom('a'));
		expect(exam).toHaveLength(EXAM_SIZE);
		const bySkill = count(exam, (c) => primarySkill(c, rubric)!);
		expect(Object.fromEntries(bySkill)).toEqual(Object.fromEntries(rubric.map((d) => [d.skill, (EXAM_SIZE * d.weight) / 100])));
	});

	it('hands the share of a skill with too few questions to the others, by weight', () => {
		const quotas = examQuotas(new Map(rubric.map((d) => [d.skill, d.skill === 'git' ? 1 : 50])), rubric, EXAM_SIZE);
		expect(quotas.get('git')).toBe(1);
		expect([...quotas.values()].reduce((a, b) => a + b, 0)).toBe(EXAM_SIZE);
		// The three 15-weight skills still get more than the 10-weight ones.
		expect(quotas.get('cicd')!).toBeGreaterThan(quotas.get('cloud')!);
	});

	it('never repeats a question, even when a question id appears twice in the pool', () => {
		const exam = drawExam([...real, ...real], rubric, seededRandom('b'));
		expect(new Set(exam.map((c) => c.id)).size).toBe(exam.length);
		expect(exam).toHaveLength(EXAM_SIZE);
	});

	it('draws from the real bank across every question type and section, no type more than a third', () => {
		const exam = drawExam(real, rubric, seededRandom('c'));
		const types = count(exam, (c) => c.type);
		expect(types.size).toBe(new Set(real.map((c) => c.type)).size);
		expect(Math.max(...types.values())).toBeLessThanOrEqual(EXAM_SIZE / 3);
		expect(count(exam, (c) => c.section).size).toBe(new Set(real.map((c) => c.section)).size);
	});

	it('interleaves: neighbouring questions test different skills when the pool allows', () => {
		const exam = drawExam(roomy, rubric, seededRandom('d'));
		const skills = exam.map((c) => primarySkill(c, rubric));
		expect(skills.some((skill, i) => i > 0 && skill === skills[i - 1])).toBe(false);
	});

	it('gives a different exam next time, and avoids the previous draw while other questions remain', () => {
		const first = drawExam(real, rubric, seededRandom('first'));
		const second = drawExam(real, rubric, seededRandom('second'), { avoid: first.map((c) => c.id) });
		expect(second.map((c) => c.id)).not.toEqual(first.map((c) => c.id));
		const again = new Set(first.map((c) => c.id));
		// Only skills with fewer questions than two exams need repeat anything.
		expect(second.filter((c) => again.has(c.id)).length).toBeLessThanOrEqual(8);
		const third = drawExam(real, rubric, seededRandom('third'));
		expect(third.map((c) => c.id)).not.toEqual(first.map((c) => c.id));
	});
});

describe('practice exam result', () => {
	it('counts each question for its first rubric skill, an unanswered one as wrong', () => {
		const asked: ExamCandidate[] = [
			{ id: 'a', type: 'single', section: 's', skills: ['git', 'cicd'] },
			{ id: 'b', type: 'order', section: 's', skills: ['git'] },
			{ id: 'c', type: 'spot', section: 's', skills: ['cicd'] },
		];
		const result = examResult(asked, new Set(['a']), rubric);
		expect(result.find((r) => r.skill === 'git')).toMatchObject({ asked: 2, right: 1, missed: ['b'] });
		expect(result.find((r) => r.skill === 'cicd')).toMatchObject({ asked: 1, right: 0, missed: ['c'] });
		expect(result.find((r) => r.skill === 'cloud')).toMatchObject({ asked: 0, right: 0, missed: [] });
	});
});
