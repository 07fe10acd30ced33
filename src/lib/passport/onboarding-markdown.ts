import type { Progress } from '../../schemas/progress';
import { isLessonDone } from '../progress/path';
import { isChecked } from '../progress/summary';
import type { PassportOutline } from './outline';

export interface OnboardingOptions {
	/** The checklist's heading, e.g. "DevOps onboarding: Sam". */
	title: string;
	/** A line under the heading: where the list comes from and when. */
	intro: string;
	/** Heading of the milestones part. */
	checklistsHeading: string;
	/** Text of a lab item, e.g. "Lab: Restore drill". */
	labItem: (title: string) => string;
	/** Makes a lesson's site-relative link absolute, so it works inside an issue tracker. */
	absolute: (href: string) => string;
}

/**
 * The course as a Markdown task list that GitHub and GitLab render as checkboxes: a section per
 * heading, a box per lesson with its labs below it, then the milestone and capstone checklists.
 * With no progress every box is empty: the checklist a team hands a new hire.
 */
export function onboardingMarkdown(outline: PassportOutline, progress: Progress | undefined, options: OnboardingOptions): string {
	const box = (done: boolean) => (done ? '[x]' : '[ ]');
	const lessonDone = (key: string) => progress !== undefined && isLessonDone(progress, key);
	const taskPassed = (key: string) => Boolean(progress?.labTasks[key]);
	const checked = (key: string) => progress !== undefined && isChecked(progress, key);
	const lines = [`# ${markdownText(options.title)}`, '', markdownText(options.intro)];
	for (const section of outline.sections) {
		lines.push('', `## ${markdownText(section.label)}`, '');
		for (const lesson of section.lessons) {
			lines.push(`- ${box(lessonDone(lesson.key))} [${markdownText(lesson.title)}](${linkTarget(options.absolute(lesson.href))})`);
			for (const lab of lesson.labs)
				lines.push(`  - ${box(lab.tasks.length > 0 && lab.tasks.every(taskPassed))} ${markdownText(options.labItem(lab.title))}`);
		}
	}
	if (outline.checklists.length) {
		lines.push('', `## ${markdownText(options.checklistsHeading)}`);
		for (const checklist of outline.checklists) {
			lines.push('', `### ${markdownText(checklist.title)}`, '');
			for (const item of checklist.items) lines.push(`- ${box(checked(item.key))} ${markdownText(item.text)}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

/**
 * Text shown as written: the characters Markdown or HTML could read as markup here are escaped, so
 * a title can neither become a link, emphasis, an HTML tag or an entity in the tracker nor break
 * the list. (Characters that matter only at the start of a line never start one here.)
 */
export function markdownText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_{}[\]<>#|~&]/g, (character) => `\\${character}`);
}

/** A link target with the characters that would end or break it percent-encoded. */
function linkTarget(url: string): string {
	return url.replace(/[\s()<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
