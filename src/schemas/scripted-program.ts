/**
 * The program a scripted command's pattern defines, e.g. "kubectl" for "^kubectl get pods$".
 * The lab schema accepts a pattern only when it names one; the browser's shell imports this file
 * alone, without zod.
 */
export function scriptedProgram(pattern: string): string | undefined {
	return /^\^([a-z][\w.-]*)(?=\\s| |\$|\(|\\b|$)/.exec(pattern)?.[1];
}
