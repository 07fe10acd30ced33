import { DEFAULT_CACHE, HASHED_ASSETS_CACHE } from '../../config/security-headers.ts';
import { responseHeaders, type BuiltSite } from './deploy-headers.ts';

export interface NginxOptions {
	/** Absolute path of the built site (dist). */
	dist: string;
	listen: string;
	serverName: string;
}

/** nginx takes a header value in double quotes; the policy itself has none, but be safe. */
function quoted(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Fills in deploy/nginx/site.conf.template for one build. Security headers are repeated in each
 * location because nginx drops the server's `add_header`s in any location that sets its own.
 */
export function renderNginxConfig(template: string, site: BuiltSite, options: NginxOptions): string {
	if (/["\s;{}]/.test(options.dist))
		throw new Error(`The dist path "${options.dist}" holds a space, quote, semicolon or brace; move the site to a plainer path.`);
	const headers = responseHeaders(site.policy)
		.map(([name, value]) => `\t\tadd_header ${name} ${quoted(value)} always;`)
		.join('\n');
	const redirect = site.base === '/' ? '' : `\tlocation = ${site.base.replace(/\/$/, '')} {\n\t\treturn 301 ${site.base};\n\t}\n`;
	const values: Record<string, string> = {
		listen: options.listen,
		server_name: options.serverName,
		base: site.base,
		dist: options.dist.replace(/\/+$/, ''),
		base_redirect: redirect,
		security_headers: headers,
		hashed_assets_cache: HASHED_ASSETS_CACHE,
		default_cache: DEFAULT_CACHE,
	};
	const withoutNotes = template.replace(/^##.*\n/gm, '');
	return withoutNotes.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`Unknown placeholder ${placeholder} in the nginx template`);
		return value;
	});
}
