/**
 * One of the course data files the build writes beside the pages (/course-outline.json,
 * /course-questions.json), fetched once per visit; `reason` says why it did not load, for the page
 * to name with the file.
 */
export async function fetchCourseFile<T>(source: string): Promise<{ ok: true; data: T } | { ok: false; reason: string }> {
	try {
		const response = await fetch(source);
		if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
		return { ok: true, data: (await response.json()) as T };
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
}

/** Shows why a course file did not load in the component's alert. */
export function showLoadProblem(alert: HTMLElement, text: string) {
	alert.textContent = text;
	alert.hidden = false;
}
