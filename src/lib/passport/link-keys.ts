/**
 * The fragment keys of progress links, apart from the code that packs them so a page can tell a
 * link is there before loading that code.
 */
/** On /progress/shared/: a summary to show, read-only. */
export const SHARED_KEY = 'shared';
/** On /progress/: the whole progress from another device, to merge. */
export const CONTINUE_KEY = 'continue';

/** The value of `key` in a fragment written as `#key=value`, or null. */
export function fragmentValue(hash: string, key: string): string | null {
	return new URLSearchParams(hash.replace(/^#/, '')).get(key);
}
