/**
 * Whether the browser tests may use a site already served on their port. Only when asked
 * (DEVOPS_PATH_REUSE_SERVER=1): otherwise a preview left running from another checkout, or an old
 * build, would be tested in place of this one without a word.
 */
export function reuseExistingServer(env: Record<string, string | undefined>): boolean {
	return env.DEVOPS_PATH_REUSE_SERVER === '1';
}
