import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import { CONTENT_LANG, pageLinks, pageLocale, pageTranslate } from '../components/locale/translate';
import QuizQuestion from '../components/quiz/QuizQuestion.astro';
import { interfaceLanguages } from '../config/languages';
import { quizPageStrings } from '../config/strings/quiz';
import { getCourse, pageHref } from '../lib/course/course';
import { bankFile } from '../lib/quiz/bank-file';
import { viewQuestion } from '../lib/quiz/view';

export const prerender = true;

/** Every bank a page shows, under the root and under each other language's path. */
export const getStaticPaths = (async ({ routePattern }) => {
	const course = await getCourse();
	const paths = [...course.bankPages.keys()].filter((bank) => course.quizzes.has(bank)).map((bank) => ({ params: { bank } }));
	if (!routePattern.includes('[locale]')) return paths;
	return interfaceLanguages().flatMap(({ locale }) => paths.map(({ params }) => ({ params: { ...params, locale } })));
}) satisfies GetStaticPaths;

/** Built once per build and shared by every bank file: a course of a thousand lessons has two thousand of them. */
let shared: Promise<{ container: AstroContainer; titles: Map<string, string> }> | undefined;
const sharedParts = () =>
	(shared ??= Promise.all([AstroContainer.create(), getCollection('docs')]).then(([container, docs]) => ({
		container,
		titles: new Map(docs.map((entry) => [pageHref(entry.id), entry.data.title])),
	})));

/**
 * One bank's questions for the Review page and the practice exam (src/lib/quiz/bank-file.ts). Each
 * question's markup comes from QuizQuestion.astro, the component that draws it on its lesson,
 * rendered here in this file's language, so those pages ask exactly what the lesson asks.
 */
export const GET: APIRoute = async (context) => {
	const course = await getCourse();
	const bank = course.quizzes.get(context.params.bank!)!;
	const page = course.bankPages.get(bank.id)!;
	const link = pageLinks(context);
	const s = quizPageStrings(pageTranslate(context.locals));
	const { container, titles } = await sharedParts();
	// A lesson translated into this language has its own title; otherwise the page shows the course's, in English.
	const locale = pageLocale(context);
	const translated = locale ? titles.get(link(page)) : undefined;
	const title = translated ?? titles.get(page) ?? bank.title;
	const lesson = { title, href: link(page), lang: locale && !translated ? CONTENT_LANG : undefined };
	const file = await bankFile(bank.questions, lesson, async (question, number, total) => {
		const view = await viewQuestion(question, s);
		const props = { view, bank: bank.id, number, total, rereadHref: view.reread && link(pageHref(view.reread)) };
		return container.renderToString(QuizQuestion, { props, locals: context.locals, request: context.request });
	});
	return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
