import type { Formats } from '../../lib/locale/format';
import type { Translate } from '../../lib/locale/messages';

/** What the onboarding checklist page says; keys `passport.checklist.*`. */
export const checklistStrings = (t: Translate) => ({
	intro: t('passport.checklist.intro'),
	which: t('passport.checklist.which'),
	mine: t('passport.checklist.mine'),
	empty: t('passport.checklist.empty'),
	name: t('passport.checklist.name'),
	nameHint: t('passport.checklist.nameHint'),
	markdown: t('passport.checklist.markdown'),
	copy: t('passport.checklist.copy'),
	download: t('passport.checklist.download'),
	copied: t('passport.checklist.copied'),
	copyFailed: t('passport.checklist.copyFailed'),
	downloaded: (file: string) => t('passport.checklist.downloaded', { file }),
	title: (name: string) => (name ? t('passport.checklist.titleNamed', { name }) : t('passport.checklist.title')),
	introMine: (date: string) => t('passport.checklist.introMine', { date }),
	introEmpty: t('passport.checklist.introEmpty'),
	checklistsHeading: t('passport.checklist.checklistsHeading'),
	labItem: (title: string) => t('passport.checklist.labItem', { title }),
});

/** What the course record page says; keys `passport.record.*`. */
export const recordStrings = (t: Translate) => ({
	selfReported: t('passport.record.selfReported'),
	summary: (lessons: number, total: number, labs: number, labTotal: number, f: Formats) =>
		t('passport.record.summary', {
			lessons: f.number(lessons),
			total: f.number(total),
			labs: f.number(labs),
			labTotal: f.number(labTotal),
		}),
	printedOn: (date: string) => t('passport.record.printedOn', { date }),
	lessonsHeading: t('passport.record.lessonsHeading'),
	labsHeading: t('passport.record.labsHeading'),
	checksHeading: t('passport.record.checksHeading'),
	examsHeading: t('passport.record.examsHeading'),
	lesson: t('passport.record.lesson'),
	section: t('passport.record.section'),
	completed: t('passport.record.completed'),
	quiz: t('passport.record.quiz'),
	quizScore: (right: number, answered: number, total: number, f: Formats) =>
		answered === 0
			? t('passport.record.quizNotAnswered', { count: total, total: f.number(total) })
			: answered === total
				? t('passport.record.quizAnswered', { right: f.number(right), total: f.number(total) })
				: t('passport.record.quizPartly', { right: f.number(right), answered: f.number(answered), total: f.number(total) }),
	noQuiz: t('passport.record.noQuiz'),
	lab: t('passport.record.lab'),
	inLesson: t('passport.record.inLesson'),
	tasks: t('passport.record.tasks'),
	finished: t('passport.record.finished'),
	checklist: t('passport.record.checklist'),
	item: t('passport.record.item'),
	ticked: t('passport.record.ticked'),
	exam: t('passport.record.exam'),
	score: t('passport.record.score'),
	examScore: (right: number, asked: number, f: Formats) =>
		t('passport.record.examScore', {
			right: f.number(right),
			asked: f.number(asked),
			percent: f.percent(Math.round((right / asked) * 100)),
		}),
	none: t('passport.record.none'),
	print: t('passport.record.print'),
});
