import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { policyDirectives, scriptSources } from '../config/security-headers.ts';
import { readBuiltPage } from '../lib/hosting/built-page.ts';
import { checkPage, inlineHash, inlineScriptsOfComponent, sitePolicy, withMetaPolicy } from '../lib/hosting/csp.ts';
import { headersFile } from '../lib/hosting/deploy-headers.ts';
import { stylesheetsToHead } from '../lib/hosting/stylesheets-to-head.ts';

export interface SecurityPolicyOptions {
	/** Starlight's `components` option: overrides that replace a Starlight component drop its scripts. */
	overrides?: Record<string, string>;
}

/**
 * A strict Content-Security-Policy through Astro's `security.csp`. Astro hashes the scripts and
 * styles it bundles; the inline scripts Starlight and our components write with `is:inline` are
 * hashed here, from their source, before the build. After the build every page gets one site-wide
 * policy (see `sitePolicy`) and is checked: an inline script or style its policy would block fails
 * the build, naming page and element. The build also writes `_headers` with the same policy as an
 * HTTP header for hosts that read that file. In the same pass each page's body stylesheets move
 * to its head. It must run before any integration that opens the built pages in a browser (the
 * study guide's PDF), so they load under the final policy.
 */
export function securityPolicy({ overrides = {} }: SecurityPolicyOptions = {}): AstroIntegration {
	return {
		name: 'devops-path:security-policy',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const hashes = [
					...new Set(
						componentFiles(root, overrides).flatMap((file) =>
							inlineScriptsOfComponent(readFileSync(file, 'utf8')).map((body) => inlineHash(body)),
						),
					),
				];
				updateConfig({
					security: {
						csp: {
							algorithm: 'SHA-256',
							directives: [...policyDirectives],
							scriptDirective: { resources: [...scriptSources], hashes },
							// Styles: stylesheets and <style> elements by hash; style attributes (code
							// highlighting, Starlight's icons) inline, as scripts cannot hide in them.
							styleDirective: {
								resources: [
									{ resource: "'self'", kind: 'element' },
									{ resource: "'unsafe-inline'", kind: 'attribute' },
								],
							},
						},
					},
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const files = filesIn(out, '.html');
				// Each page is parsed once: its parts serve the site policy, the rewrite, the check and
				// the stylesheets' move to the head (see stylesheetsToHead).
				const pages = files.map((file) => {
					const html = readFileSync(file, 'utf8');
					return { name: relative(out, file), file, html, parts: readBuiltPage(html) };
				});
				const policy = sitePolicy(pages.map((page) => page.parts));
				let moved = 0;
				const problems = pages.flatMap((page) => {
					// The policy's <meta> is in the head, before the end of head where the move starts, so its offsets still hold.
					const stylesInHead = stylesheetsToHead(page.html, page.parts);
					if (stylesInHead !== page.html) moved += 1;
					const written = withMetaPolicy(stylesInHead, policy, page.parts);
					writeFileSync(page.file, written);
					// A page that had no policy (a redirect page is given one) is checked as written.
					return checkPage(page.name, page.parts.policy ? { ...page.parts, policy: { ...page.parts.policy, text: policy } } : written);
				});
				if (problems.length) {
					throw new Error(
						`Content-Security-Policy check failed on ${problems.length} page(s):\n${problems
							.slice(0, 20)
							.map((problem) => `  ${problem.page}: ${problem.message}`)
							.join('\n')}\nAn inline script without a known hash: give it a src, or write it with is:inline in a component.`,
					);
				}
				writeFileSync(join(out, '_headers'), headersFile(policy));
				logger.info(
					`Content-Security-Policy checked on ${pages.length} pages, one policy for all; _headers written; stylesheets moved to the head on ${moved}`,
				);
			},
		},
	};
}

/** Components whose inline scripts can reach a page: Starlight's (minus replaced ones) and ours. */
function componentFiles(root: string, overrides: Record<string, string>): string[] {
	const starlight = dirname(createRequire(join(root, 'package.json')).resolve('@astrojs/starlight/components'));
	const replaced = new Set(
		Object.entries(overrides)
			.filter(([name, file]) => !readFileSync(join(root, file), 'utf8').includes(`@astrojs/starlight/components/${name}.astro`))
			.map(([name]) => join(starlight, 'components', `${name}.astro`)),
	);
	const ours = filesIn(join(root, 'src'), '.astro');
	return [...filesIn(starlight, '.astro').filter((file) => !replaced.has(file)), ...ours];
}

function filesIn(dir: string, extension: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
		.map((entry) => join(entry.parentPath, entry.name));
}
