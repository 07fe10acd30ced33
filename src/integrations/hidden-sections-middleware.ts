import { defineMiddleware } from 'astro:middleware';
import { hiddenSections, readSiteSettings } from '../config/site.ts';
import { hiddenPathPrefixes, unlinkHiddenPages } from '../lib/course/hidden-sections.ts';

const settings = readSiteSettings();
const prefixes = hiddenPathPrefixes(hiddenSections(settings), settings.base);

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	return new Response(unlinkHiddenPages(html, context.url.pathname, prefixes), response);
});
