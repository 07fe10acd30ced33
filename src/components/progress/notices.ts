import type { ProgressStore } from '../../lib/progress/store';

/**
 * The storage notices under the page title (ProgressNotices.astro): their texts are in the page
 * already; this shows the ones that apply and answers their download buttons. Every page that
 * reads or writes progress runs it, through page-store.ts.
 */
export function showStoreNotices(store: ProgressStore) {
	const render = () => {
		const shown = new Set<string>(
			store.notices.map((n) =>
				n.kind === 'corrupt' && !n.backupKey ? 'corrupt-unsaved' : n.kind === 'quota' && !n.kept ? 'quota-not-kept' : n.kind,
			),
		);
		for (const p of document.querySelectorAll<HTMLElement>('[data-notice]')) p.hidden = !shown.has(p.dataset.notice!);
	};
	// The downloads' code loads on the click: most learners never see a notice.
	const download = async (kind: 'backup' | 'progress') => {
		const { downloadProgress, downloadUnreadable } = await import('./downloads');
		if (kind === 'progress') return downloadProgress(store.progress);
		const corrupt = store.notices.find((n) => n.kind === 'corrupt');
		const text = store.backupText(corrupt?.kind === 'corrupt' ? (corrupt.backupKey ?? undefined) : undefined);
		if (text !== null) downloadUnreadable(text);
	};
	document.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (target.closest('[data-download-backup]')) void download('backup');
		if (target.closest('[data-download-progress]')) void download('progress');
	});
	store.subscribe(render);
	render();
}
