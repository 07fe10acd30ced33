/**
 * The program a scripted command's pattern defines, e.g. "kubectl" for "^kubectl get pods$".
 * Kept apart from the schema so the browser's shell can use it without loading zod.
 */
export function scriptedProgram(pattern: string): string | undefined {
	return /^\^([a-z][\w.-]*)(?=\\s| |\$|\(|\\b|$)/.exec(pattern)?.[1];
}
