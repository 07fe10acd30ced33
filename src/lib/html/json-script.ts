/**
 * JSON for a `<script type="application/json">`: `<` is escaped so data containing
 * `</script>` or `<!--` cannot end the element early.
 */
export function jsonForScript(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
