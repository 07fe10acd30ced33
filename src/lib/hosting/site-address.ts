/**
 * A warning for a build whose site address is still the local default: the PDF's cover, its
 * links back to the site, the sitemap and canonical links would all name this machine.
 */
export function localAddressWarning(url: string): string | undefined {
	const { hostname } = new URL(url);
	const local = hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127\./.test(hostname);
	if (!local) return undefined;
	return (
		`The site address is ${url}, so the study guide PDF, the sitemap and canonical links point at this machine. ` +
		'For a site others will read, set its public address: DEVOPS_PATH_URL=https://wiki.example.com/onboarding/ npm run build ' +
		'(or "url" in devops-path.config.json).'
	);
}
