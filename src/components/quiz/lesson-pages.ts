/**
 * Built lesson pages of this site, fetched once each and parsed as inert documents, for pages
 * (review, practice exam) that copy a question's own markup from the lesson that teaches it.
 */
export function lessonPageLoader(): (href: string) => Promise<Document> {
	const documents = new Map<string, Promise<Document>>();
	return (href) => {
		let loading = documents.get(href);
		if (!loading) {
			loading = fetch(href).then(async (response) => {
				if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
				return new DOMParser().parseFromString(await response.text(), 'text/html');
			});
			documents.set(href, loading);
		}
		return loading;
	};
}
