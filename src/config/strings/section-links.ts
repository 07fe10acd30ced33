/**
 * What the per-section sidebar's progress script writes. Apart from the progress strings so that
 * only pages with that sidebar load it.
 */
export const sectionLinkStrings = {
	/** Stands for a section's finished-lesson count when the section index could not be loaded (offline). */
	countUnknown: '?',
} as const;
