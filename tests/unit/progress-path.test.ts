import { describe, expect, it } from 'vitest';
import { setChecklistItem, setLessonDone } from '../../src/lib/progress/lessons';
import { emptyProgress, startLesson } from '../../src/lib/progress/model';
import { lessonState, nextOnPath, pathStanding } from '../../src/lib/progress/path';
import { summarise, type CourseOutline } from '../../src/lib/progress/summary';
import { sortByPath } from '../../src/lib/course/path';

const path = [
	{ key: 'intro', prerequisites: [], minutes: 10 },
	{ key: 'linux', prerequisites: ['intro'], minutes: 30 },
	{ key: 'git', prerequisites: ['intro'], minutes: 20 },
	{ key: 'capstone', prerequisites: ['linux', 'git'], minutes: 45 },
];

describe('nextOnPath', () => {
	it('is the first lesson with no progress', () => {
		expect(nextOnPath(path, emptyProgress())?.key).toBe('intro');
	});

	it('moves along the path as lessons are done', () => {
		const progress = setLessonDone(setLessonDone(emptyProgress(), 'intro', true, 'h', 1), 'linux', true, 'h', 2);
		expect(nextOnPath(path, progress)?.key).toBe('git');
	});

	it('goes back to a lesson a learner skipped before one that needs it', () => {
		const progress = setLessonDone(setLessonDone(emptyProgress(), 'intro', true, 'h', 1), 'git', true, 'h', 2);
		expect(nextOnPath(path, progress)?.key).toBe('linux');
	});

	it('passes over a lesson whose prerequisites are not done yet', () => {
		const progress = setLessonDone(emptyProgress(), 'linux', true, 'h', 1);
		const shuffled = [path[3]!, path[0]!];
		expect(nextOnPath(shuffled, progress)?.key).toBe('intro');
	});

	it('is nothing once every lesson is done', () => {
		const progress = path.reduce((p, lesson, i) => setLessonDone(p, lesson.key, true, 'h', i), emptyProgress());
		expect(nextOnPath(path, progress)).toBeUndefined();
	});
});

describe('pathStanding', () => {
	it('counts lessons done and the minutes of those left; lessons in progress still count as left', () => {
		let progress = setLessonDone(emptyProgress(), 'intro', true, 'h', 1);
		progress = startLesson(progress, 'linux', 2);
		expect(pathStanding(path, progress)).toEqual({ done: 1, total: 4, minutesLeft: 95 });
	});
});

describe('lessonState', () => {
	it('tells not started, in progress, done and updated since done apart', () => {
		expect(lessonState(undefined, 'a')).toBe('not-started');
		expect(lessonState(startLesson(emptyProgress(), 'x', 1).lessons.x, 'a')).toBe('in-progress');
		const done = setLessonDone(emptyProgress(), 'x', true, 'a', 1).lessons.x;
		expect(lessonState(done, 'a')).toBe('done');
		expect(lessonState(done, 'b')).toBe('updated');
		expect(lessonState(done, undefined)).toBe('done');
	});
});

describe('sortByPath', () => {
	it('orders by section, then order, then page id; an unknown section goes last', () => {
		const sections = [{ id: 'start' }, { id: 'linux' }];
		const lessons = [
			{ id: 'linux/b', section: 'linux', order: 2 },
			{ id: 'stray/a', section: 'stray', order: 1 },
			{ id: 'linux/z', section: 'linux', order: 1 },
			{ id: 'linux/a', section: 'linux' },
			{ id: 'start/x', section: 'start', order: 9 },
			{ id: 'linux/c', section: 'linux', order: 2 },
		];
		expect(sortByPath(lessons, sections).map((l) => l.id)).toEqual(['start/x', 'linux/z', 'linux/b', 'linux/c', 'linux/a', 'stray/a']);
	});
});

describe('checklists in the summary', () => {
	const outline: CourseOutline = {
		sections: [
			{
				id: 'career',
				label: 'Career',
				lessons: [{ key: 'capstone', title: 'Capstone', href: '/c/', contentHash: 'h', prerequisites: [], questions: [] }],
				checklist: ['capstone:a', 'capstone:b', 'capstone:c'],
			},
		],
		phases: {},
		checklists: [{ id: 'capstone', items: ['capstone:a', 'capstone:b', 'capstone:c'] }],
	};

	it('counts ticked items, and an item ticked then unticked is not done', () => {
		let progress = setChecklistItem(emptyProgress(), 'capstone:a', true, 1);
		progress = setChecklistItem(progress, 'capstone:b', true, 2);
		progress = setChecklistItem(progress, 'capstone:b', false, 3);
		progress = setChecklistItem(progress, 'retired:item', true, 4);
		expect(summarise(progress, outline).checklists).toEqual([{ id: 'capstone', done: 1, total: 3, percent: 33 }]);
	});
});
