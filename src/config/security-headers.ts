/**
 * The security policy of the site. The Content-Security-Policy itself is built by Astro
 * (`security.csp` in astro.config.mjs) from these directives plus the hashes of every inline
 * script, derived at build; deploy recipes copy the built policy into an HTTP header.
 */

/** Directives added to Astro's `script-src` and `style-src`, for every page. */
export const policyDirectives = [
	"default-src 'self'",
	// Expressive Code's stylesheet draws some icons from data: URLs.
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	// The service worker (offline copy) and the lab's shell run from the site's own scripts.
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Script sources besides the hashes: Pagefind compiles its WebAssembly search index in the browser. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Browsers ignore these in a `<meta>` policy, so only an HTTP header can carry them: the site is
 * never shown inside another site's frame (clickjacking).
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The other security headers every response carries. */
export const securityHeaders = {
	'X-Content-Type-Options': 'nosniff',
	// Links out (tool documentation) never tell other sites which page a learner was on.
	'Referrer-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** Files under `_astro/` have content hashes in their names, so they never change. */
export const HASHED_ASSETS_CACHE = 'public, max-age=31536000, immutable';
/** Everything else is checked with the server before reuse, so an update shows at once. */
export const DEFAULT_CACHE = 'no-cache';
