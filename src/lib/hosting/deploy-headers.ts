import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HASHED_ASSETS_CACHE, headerOnlyDirectives, securityHeaders } from '../../config/security-headers.ts';
import { metaPolicy } from './csp.ts';

export type Header = readonly [name: string, value: string];

/** The policy as an HTTP header: the built `<meta>` policy plus what only a header can say. */
export function headerPolicy(builtPolicy: string): string {
	return [builtPolicy.replace(/;\s*$/, ''), ...headerOnlyDirectives].join('; ');
}

/** Every security header a server sends with each response of the site. */
export function responseHeaders(builtPolicy: string): Header[] {
	return [['Content-Security-Policy', headerPolicy(builtPolicy)], ...Object.entries(securityHeaders)];
}

export interface BuiltSite {
	/** The policy Astro wrote into the pages. */
	policy: string;
	/** The base path the site was built for, read from its asset links. */
	base: string;
}

/** Reads what the deploy recipes need from a finished build, so they always match it. */
export function readBuiltSite(dist: string): BuiltSite {
	let html: string;
	try {
		html = readFileSync(join(dist, 'index.html'), 'utf8');
	} catch {
		throw new Error(`No built site in ${dist}: run \`npm run build\` first.`);
	}
	const policy = metaPolicy(html);
	if (!policy)
		throw new Error(`${join(dist, 'index.html')} has no Content-Security-Policy <meta> element: is security.csp off in astro.config.mjs?`);
	const asset = /\s(?:href|src)="([^"]*?\/)_astro\//.exec(html);
	if (!asset) throw new Error(`${join(dist, 'index.html')} links to no file under _astro/, so its base path is unknown.`);
	return { policy, base: asset[1]! };
}

/**
 * The `_headers` file Netlify and Cloudflare Pages read from the published folder. Paths are
 * relative to that folder's root. Only hashed assets get a Cache-Control: both hosts join values
 * of a header set by two matching rules, and their default already revalidates everything else.
 */
export function headersFile(builtPolicy: string): string {
	const lines = (headers: readonly Header[]) => headers.map(([name, value]) => `  ${name}: ${value}`);
	return [
		'# Written by `npm run build` from the Content-Security-Policy of the built pages. Do not edit: rebuild.',
		'/*',
		...lines(responseHeaders(builtPolicy)),
		'/_astro/*',
		...lines([['Cache-Control', HASHED_ASSETS_CACHE]]),
		'',
	].join('\n');
}
