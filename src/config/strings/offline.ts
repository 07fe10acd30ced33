/** What the site says about its offline copy. */
export const offlineStrings = {
	updateReady: 'A new version of this site is ready. Your progress stays as it is.',
	reload: 'Reload now',
	later: 'Later',
} as const;
