import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { interfaceLanguages } from '../../config/languages';
import type { SiteSettings } from '../../config/site';
import { findChromium, type ChromiumLaunch, type ChromiumLookup } from '../../lib/print/chromium';
import { localAddressWarning } from '../../lib/hosting/site-address';
import { renderPdf } from './pdf';
import { loadChromiumLauncher } from './playwright';

const VIRTUAL_ID = 'virtual:devops-path/study-guide';

/**
 * The study guide: injects /study-guide/ (its sections), /study-guide/<section>/ and
 * /study-guide/all/ (every lesson in one printable document), and after the build prints the
 * whole guide to a PDF in dist with Chromium. Whether the PDF will exist is settled before any page renders, so the guide links
 * to it only when it will be there; without Chromium the build warns and the guide offers the
 * browser's print instead.
 */
export function studyGuide(settings: SiteSettings): AstroIntegration {
	// A site that switches the section off gets no guide pages and no PDF.
	if (!settings.sections.some((section) => section.id === 'study-guide')) return { name: 'devops-path:study-guide', hooks: {} };
	const pdfName = `${settings.id}-study-guide.pdf`;
	let launch: ChromiumLaunch | undefined;
	let base = '/';
	return {
		name: 'devops-path:study-guide',
		hooks: {
			'astro:config:setup': async ({ command, injectRoute, updateConfig, logger }) => {
				injectRoute({ pattern: '/study-guide/[...section]', entrypoint: './src/integrations/study-guide/StudyGuideRoute.astro' });
				if (interfaceLanguages().length)
					injectRoute({
						pattern: '/[locale]/study-guide/[...section]',
						entrypoint: './src/integrations/study-guide/StudyGuideRoute.astro',
					});
				if (command === 'build') {
					const addressWarning = localAddressWarning(settings.url);
					if (addressWarning) logger.warn(addressWarning);
					const lookup = lookUpChromium();
					if (lookup.found) launch = lookup.launch;
					else
						logger.warn(`No PDF of the study guide in this build. ${lookup.problem} Until then the guide offers the browser's Print only.`);
				}
				const pdf = launch ? { file: pdfName, format: settings.pdfFormat } : null;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'devops-path:study-guide-virtual',
								resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
								load: (id: string) => (id === `\0${VIRTUAL_ID}` ? `export const pdf = ${JSON.stringify(pdf)};` : undefined),
							},
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!launch) return;
				const started = performance.now();
				const out = fileURLToPath(new URL(`study-guide/${pdfName}`, dir));
				const { contentsNumbered } = await renderPdf({ dist: fileURLToPath(dir), base, out, launch, format: settings.pdfFormat, settings });
				if (!contentsNumbered)
					logger.warn(
						'The study guide PDF has no page numbers in its contents: they are read with pdfinfo (Debian/Ubuntu: `sudo apt-get install poppler-utils`).',
					);
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				const megabytes = (statSync(out).size / 1024 / 1024).toFixed(1);
				logger.info(`Study guide PDF (${settings.pdfFormat}) written to ${relative(process.cwd(), out)}: ${megabytes} MB in ${seconds} s`);
			},
		},
	};
}

/** Chromium, and Playwright to drive it; Playwright is a dev dependency, so a production-only install has none. */
function lookUpChromium(): ChromiumLookup {
	const launcher = loadChromiumLauncher();
	if (!launcher) return { found: false, problem: 'Playwright is not installed: run `npm install` without --omit=dev.' };
	return findChromium({ bundledPath: launcher.executablePath() });
}
