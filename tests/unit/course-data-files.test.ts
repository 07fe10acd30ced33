import { describe, expect, it } from 'vitest';
import { practicePlaces } from '../../src/lib/assessment/practice-places';
import { bankFile } from '../../src/lib/quiz/bank-file';
import type { Question } from '../../src/schemas/quiz';
import type { Course } from '../../src/lib/course/course';
import { courseOutline } from '../../src/lib/progress/outline';

/** The parts of a course the two shared data files read: two sections, a milestone, a lab, two banks (one on no page). */
function course(): Course {
	const lesson = (key: string, section: string, id: string, extra: object = {}) => ({
		key,
		section,
		id,
		title: `Title of ${key}`,
		href: `/${id}/`,
		contentHash: `hash-${key}`,
		prerequisites: [],
		...extra,
	});
	const plan = lesson('lifecycle-plan', 'lifecycle', 'lifecycle/plan', { quiz: 'plan-bank', milestone: 'days-30' });
	const files = lesson('linux-files', 'linux', 'linux/files', { prerequisites: ['lifecycle-plan'] });
	const question = (id: string, skills: string[]) => ({ id, skills });
	return {
		lessons: [plan, files],
		sections: [
			{ id: 'lifecycle', label: 'Lifecycle', href: '/lifecycle/', lessons: [plan] },
			{ id: 'linux', label: 'Linux', href: '/linux/', lessons: [files] },
			{ id: 'empty', label: 'Empty', href: '/empty/', lessons: [] },
		],
		quizzes: new Map([
			[
				'plan-bank',
				{ id: 'plan-bank', title: 'Planning', questions: [question('plan-one', ['cicd']), question('plan-two', ['git', 'cicd'])] },
			],
			['hidden-bank', { id: 'hidden-bank', title: 'Hidden', questions: [question('hidden-one', ['git'])] }],
		]),
		milestones: new Map([['days-30', { id: 'days-30', items: [{ id: 'access' }, { id: 'laptop' }] }]]),
		labs: new Map([['files-lab', { id: 'files-lab', lesson: 'linux-files', tasks: [{ id: 'find' }, { id: 'chmod' }] }]]),
		bankPages: new Map([['plan-bank', '/lifecycle/plan/']]),
		tools: [],
	} as unknown as Course;
}

describe('the course outline file', () => {
	it('lists each section with lessons, their questions, lab tasks, checklist items and the phases', () => {
		const outline = courseOutline(course());
		expect(outline.sections.map((section) => section.id)).toEqual(['lifecycle', 'linux']);
		expect(outline.sections[0]!.lessons[0]).toEqual({
			key: 'lifecycle-plan',
			title: 'Title of lifecycle-plan',
			href: '/lifecycle/plan/',
			contentHash: 'hash-lifecycle-plan',
			prerequisites: [],
			questions: ['plan-one', 'plan-two'],
			labTasks: [],
		});
		expect(outline.sections[0]!.checklist).toEqual(['days-30:access', 'days-30:laptop']);
		expect(outline.sections[1]!.lessons[0]).toMatchObject({
			questions: [],
			labTasks: ['files-lab:find', 'files-lab:chmod'],
			prerequisites: ['lifecycle-plan'],
		});
		expect(outline.checklists).toEqual([{ id: 'days-30', items: ['days-30:access', 'days-30:laptop'] }]);
		expect(outline.phases).toEqual({ plan: 'lifecycle-plan' });
	});
});

describe('the question list file', () => {
	it('places each question of a shown bank on its page, numbered in its bank, and leaves out banks no page shows', () => {
		expect(practicePlaces(course())).toEqual({
			places: [{ href: '/lifecycle/plan/#quiz-plan-bank', bank: 'Planning' }],
			questions: [
				{ id: 'plan-one', skills: ['cicd'], place: 0, number: 1 },
				{ id: 'plan-two', skills: ['git', 'cicd'], place: 0, number: 2 },
			],
		});
	});
});

describe('a question bank file', () => {
	const questions = [
		{ id: 'pick', type: 'single', options: [{ text: 'a' }, { text: 'b', correct: true }] },
		{ id: 'typed', type: 'command', accept: ['  ls   -l '] },
	] as unknown as Question[];
	const lesson = { title: 'Plan', href: '/es/lifecycle/plan/', lang: 'en' };

	it("holds each question as its lesson draws it, numbered, with its answer key, and the lesson's title and address", async () => {
		const drawn: string[] = [];
		const file = await bankFile(questions, lesson, async (question, number, total) => {
			drawn.push(`${question.id} ${number}/${total}`);
			return `<li class="dp-question" data-question="${question.id}"></li>`;
		});
		expect(drawn).toEqual(['pick 1/2', 'typed 2/2']);
		expect(file).toEqual({
			lesson,
			questions: [
				{ id: 'pick', html: '<li class="dp-question" data-question="pick"></li>', key: { type: 'single', correct: 1 } },
				{ id: 'typed', html: '<li class="dp-question" data-question="typed"></li>', key: { type: 'command', accept: ['ls -l'] } },
			],
		});
	});
});
