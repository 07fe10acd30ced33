import type { APIRoute } from 'astro';
import { practicePlaces } from '../lib/assessment/practice-places';
import { getCourse } from '../lib/course/course';

export const prerender = true;

/** Where each question is practised (src/lib/assessment/practice-places.ts), for the skill levels on My progress and the scorecard. */
export const GET: APIRoute = async () => {
	const places = practicePlaces(await getCourse());
	return new Response(JSON.stringify(places), { headers: { 'content-type': 'application/json' } });
};
