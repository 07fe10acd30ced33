import type { APIRoute } from 'astro';
import { getCourse } from '../lib/course/course';
import { courseOutline } from '../lib/progress/outline';

export const prerender = true;

/**
 * The course as the My progress page summarises it (src/lib/progress/outline.ts): one file for
 * every language, fetched once per visit and cached, instead of written into the page.
 */
export const GET: APIRoute = async () => {
	const outline = courseOutline(await getCourse());
	return new Response(JSON.stringify(outline), { headers: { 'content-type': 'application/json' } });
};
