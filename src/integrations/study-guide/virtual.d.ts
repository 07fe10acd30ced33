declare module 'virtual:devops-path/study-guide' {
	/** The whole guide's PDF, written to dist/study-guide/ after the build; null when this build makes none. */
	export const pdf: { file: string; format: import('../../config/site').PdfFormat } | null;
}
