/**
 * Copies a text area's text. Where the clipboard is refused (no permission, an insecure origin)
 * the text is selected instead, so the learner can copy it with the keyboard. Says whether it copied.
 */
export async function copyText(textarea: HTMLTextAreaElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(textarea.value);
		return true;
	} catch {
		textarea.focus();
		textarea.select();
		return false;
	}
}
