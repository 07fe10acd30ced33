import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { setChecklistItem, setLessonDone } from '../../src/lib/progress/lessons';
import { recordAnswer } from '../../src/lib/progress/answers';
import { passLabTask } from '../../src/lib/progress/labs';
import { emptyProgress } from '../../src/lib/progress/model';
import { courseRecord } from '../../src/lib/passport/course-record';
import { markdownText, onboardingMarkdown, type OnboardingOptions } from '../../src/lib/passport/onboarding-markdown';
import { passportOutline, type PassportOutline } from '../../src/lib/passport/outline';

type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type DocumentFragment = DefaultTreeAdapterTypes.DocumentFragment;
type Element = DefaultTreeAdapterTypes.Element;
type TextNode = DefaultTreeAdapterTypes.TextNode;

const outline: PassportOutline = {
	sections: [
		{ label: 'Start here', lessons: [{ key: 'start-here', title: 'Start here', href: '/start-here/', questions: ['s1', 's2'], labs: [] }] },
		{
			label: 'Linux & the <shell>',
			lessons: [
				{
					key: 'linux-files',
					title: 'Files, users and [permissions](javascript:alert(1))',
					href: '/linux/files (new)/',
					questions: ['l1'],
					labs: [{ id: 'perm-lab', title: 'Repair *permissions*', tasks: ['perm-lab:a', 'perm-lab:b'] }],
				},
				{ key: 'linux-text', title: 'Text processing', href: '/linux/text/', questions: [], labs: [] },
			],
		},
	],
	checklists: [
		{
			id: 'capstone',
			title: 'Capstone self-checks',
			items: [
				{ key: 'capstone:runs', text: 'The service runs' },
				{ key: 'capstone:tests', text: 'Tests pass <img src=x onerror=alert(1)>' },
			],
		},
	],
};

const options: OnboardingOptions = {
	title: 'DevOps onboarding: Sam',
	intro: 'Self-reported progress.',
	checklistsHeading: 'Milestones and capstone checks',
	labItem: (title) => `Lab: ${title}`,
	absolute: (href) => new URL(href, 'https://wiki.example.com/onboarding/').href,
};

/** The Markdown as a GFM renderer shows it: each checkbox's state and its item's own text, and every tag used. */
async function renderedBoxes(markdown: string) {
	const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
	const { code } = await processor.render(markdown);
	const boxes: { checked: boolean; text: string }[] = [];
	const tags: string[] = [];
	const visit = (node: ChildNode | DocumentFragment) => {
		if ('tagName' in node) {
			tags.push(node.tagName);
			if (node.tagName === 'li' && node.attrs.some((attr) => attr.name === 'class' && attr.value.includes('task-list-item'))) {
				const input = node.childNodes.find((child) => 'tagName' in child && child.tagName === 'input') as Element | undefined;
				boxes.push({ checked: input?.attrs.some((attr) => attr.name === 'checked') ?? false, text: ownText(node).trim() });
			}
		}
		if ('childNodes' in node) for (const child of node.childNodes) visit(child);
	};
	visit(parseFragment(code));
	return { boxes, tags, html: code };
}

/** An item's text without its nested list. */
function ownText(node: ChildNode): string {
	if (node.nodeName === '#text') return (node as TextNode).value;
	if (!('childNodes' in node) || node.nodeName === 'ul') return '';
	return node.childNodes.map(ownText).join('');
}

describe('onboardingMarkdown', () => {
	it('renders in a GFM parser as one checkbox per lesson, lab and checklist item, ticked from progress', async () => {
		let progress = setLessonDone(emptyProgress(), 'start-here', true, 'h', 1);
		progress = passLabTask(passLabTask(progress, 'perm-lab', 'a', 2), 'perm-lab', 'b', 3);
		progress = setChecklistItem(progress, 'capstone:tests', true, 4);
		const { boxes } = await renderedBoxes(onboardingMarkdown(outline, progress, options));
		expect(boxes.map((box) => [box.checked, box.text])).toEqual([
			[true, 'Start here'],
			[false, 'Files, users and [permissions](javascript:alert(1))'],
			[true, 'Lab: Repair *permissions*'],
			[false, 'Text processing'],
			[false, 'The service runs'],
			[true, 'Tests pass <img src=x onerror=alert(1)>'],
		]);
	});

	it('with no progress is the empty checklist for a new hire', async () => {
		const { boxes } = await renderedBoxes(onboardingMarkdown(outline, undefined, options));
		expect(boxes).toHaveLength(6);
		expect(boxes.every((box) => !box.checked)).toBe(true);
	});

	it('a lab with one task left stays open', async () => {
		const progress = passLabTask(emptyProgress(), 'perm-lab', 'a', 2);
		const { boxes } = await renderedBoxes(onboardingMarkdown(outline, progress, options));
		expect(boxes[2]).toEqual({ checked: false, text: 'Lab: Repair *permissions*' });
	});

	it('titles and items never become markup: no script link, no image, no emphasis; headings keep their text', async () => {
		const markdown = onboardingMarkdown(outline, undefined, options);
		const { tags, html } = await renderedBoxes(markdown);
		expect(tags).not.toContain('img');
		expect(tags).not.toContain('em');
		expect(html).not.toContain('href="javascript:');
		expect(html).toContain('<h2 id="linux--the-shell">Linux &amp; the &lt;shell&gt;</h2>');
		// Each lesson links to its page, made absolute for the tracker, with spaces and brackets encoded.
		expect(markdown).toContain('(https://wiki.example.com/linux/files%20%28new%29/)');
	});

	it('escapes only what Markdown reads as markup', () => {
		expect(markdownText('Step 1: the pod (v2) runs - 99.9% of time.')).toBe('Step 1: the pod (v2) runs - 99.9% of time.');
		expect(markdownText('a_b *c* [d] <e> `f` #g |h| ~i~ &amp;')).toBe('a\\_b \\*c\\* \\[d\\] \\<e\\> \\`f\\` \\#g \\|h\\| \\~i\\~ \\&amp;');
		expect(markdownText('two\nlines\t here')).toBe('two lines here');
	});
});

describe('courseRecord', () => {
	it('lists finished lessons with dates and first-try scores, finished labs, ticked checks and exams', () => {
		let progress = setLessonDone(emptyProgress(), 'start-here', true, 'h', 1_000);
		progress = recordAnswer(progress, 's1', true, 1_100);
		progress = recordAnswer(progress, 's2', false, 1_200);
		progress = recordAnswer(progress, 's2', true, 1_300);
		progress = setLessonDone(progress, 'linux-text', true, 'h', 2_000);
		progress = passLabTask(passLabTask(progress, 'perm-lab', 'a', 3_000), 'perm-lab', 'b', 3_500);
		progress = setChecklistItem(progress, 'capstone:runs', true, 4_000);
		progress = {
			...progress,
			exams: {
				'5000': { finishedAt: 5_000, right: 30, asked: 40, skills: {} },
				'6000': { finishedAt: 6_000, right: 35, asked: 40, skills: {} },
			},
		};
		const record = courseRecord(outline, progress);
		expect(record.lessons).toEqual([
			{ section: 'Start here', title: 'Start here', href: '/start-here/', completedAt: 1_000, quiz: { right: 1, answered: 2, total: 2 } },
			{ section: 'Linux & the <shell>', title: 'Text processing', href: '/linux/text/', completedAt: 2_000, quiz: null },
		]);
		expect(record.labs).toEqual([
			{ title: 'Repair *permissions*', lesson: 'Files, users and [permissions](javascript:alert(1))', tasks: 2, passedAt: 3_500 },
		]);
		expect(record.checks).toEqual([{ checklist: 'Capstone self-checks', text: 'The service runs', doneAt: 4_000 }]);
		expect(record.exams.map((exam) => exam.finishedAt)).toEqual([6_000, 5_000]);
		expect(record.totals).toEqual({ lessons: 3, lessonsDone: 2, labs: 1, labsDone: 1 });
	});

	it('leaves out lessons in progress, unticked checks and half-done labs', () => {
		let progress = recordAnswer(emptyProgress(), 's1', true, 1);
		progress = passLabTask(progress, 'perm-lab', 'a', 2);
		progress = setChecklistItem(setChecklistItem(progress, 'capstone:runs', true, 3), 'capstone:runs', false, 4);
		const record = courseRecord(outline, progress);
		expect(record).toMatchObject({ lessons: [], labs: [], checks: [], exams: [] });
	});
});

describe('passportOutline', () => {
	it('takes sections with lessons, their question ids, their labs and the checklists their lessons show', () => {
		const built = passportOutline({
			sections: [
				{ label: 'Empty', lessons: [] },
				{
					label: 'Career',
					lessons: [{ key: 'capstone', title: 'Capstone', href: '/career/capstone/', quiz: 'career', milestone: 'capstone' }],
				},
			],
			quizzes: new Map([['career', { questions: [{ id: 'c1' }, { id: 'c2' }] }]]),
			labs: new Map([['x', { id: 'x', title: 'X', lesson: 'capstone', tasks: [{ id: 't' }] }]]),
			milestones: new Map([['capstone', { id: 'capstone', title: 'Capstone checks', items: [{ id: 'one', text: 'One' }] }]]),
		});
		expect(built).toEqual({
			sections: [
				{
					label: 'Career',
					lessons: [
						{
							key: 'capstone',
							title: 'Capstone',
							href: '/career/capstone/',
							questions: ['c1', 'c2'],
							labs: [{ id: 'x', title: 'X', tasks: ['x:t'] }],
						},
					],
				},
			],
			checklists: [{ id: 'capstone', title: 'Capstone checks', items: [{ key: 'capstone:one', text: 'One' }] }],
		});
	});
});
