import type { APIRoute } from 'astro';
import { getCourse } from '../lib/course/course';
import type { CourseSectionKeys } from '../lib/progress/section-counts';

export const prerender = true;

/**
 * Which lessons each section holds. With the per-section sidebar a page lists only its own
 * section's lessons, so the progress script fetches this (once; the browser caches it) to count
 * finished lessons in the other sections.
 */
export const GET: APIRoute = async () => {
	const course = await getCourse();
	const body: CourseSectionKeys = Object.fromEntries(
		course.sections.map((section) => [section.id, section.lessons.map((lesson) => lesson.key)]),
	);
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
