import type { Course } from '../course/course';
import type { QuestionForMastery } from './mastery';

/**
 * Where each of the course's questions can be practised, for the skill levels' "practise next"
 * links: one place per question bank (the page that shows it, and the bank's title), and each
 * question's skills, place and number in its bank. Addresses are the root language's; the page
 * links to its own language. Served once as /course-questions.json: a course of thousands of
 * questions would otherwise be written into every page that shows skill levels.
 */
export interface PracticePlaces {
	places: { href: string; bank: string }[];
	questions: (QuestionForMastery & { place: number; number: number })[];
}

export function practicePlaces(course: Course): PracticePlaces {
	const places: PracticePlaces['places'] = [];
	const questions: PracticePlaces['questions'] = [];
	for (const bank of course.quizzes.values()) {
		const page = course.bankPages.get(bank.id);
		// A bank no page shows (its section is switched off) cannot be practised here.
		if (!page) continue;
		const place = places.push({ href: `${page}#quiz-${bank.id}`, bank: bank.title }) - 1;
		for (const [i, question] of bank.questions.entries())
			questions.push({ id: question.id, skills: [...question.skills], place, number: i + 1 });
	}
	return { places, questions };
}
