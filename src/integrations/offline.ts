import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { megabytes, RETIRING_WORKER, workerPath, writeServiceWorkers } from '../lib/offline/service-worker.ts';
import {
	APPLE_TOUCH_ICON,
	MANIFEST_FILE,
	MANIFEST_ICONS,
	THEME_COLOURS,
	webAppManifest,
	type AppIcon,
} from '../lib/offline/web-app-manifest.ts';

interface OfflineOptions {
	title: string;
	description: string;
	base: string;
	/** Largest offline copy; 0 writes a worker that removes any earlier one instead. */
	budgetMegabytes: number;
	/** The one drawing every icon is made from. */
	iconSource: string;
	/** Starlight's locale folders besides the root language: each gets an offline copy of its own. */
	locales: readonly string[];
}

/** Share of a maskable icon the mark may fill: phones crop to a circle 80% wide. */
const SAFE_ZONE = 0.6;

async function drawIcon(svg: Buffer, icon: AppIcon): Promise<Buffer> {
	const mark = Math.round(icon.purpose === 'maskable' ? icon.size * SAFE_ZONE : icon.size);
	// The SVG is 32 units wide; rendering it at the icon's size keeps edges sharp.
	const drawn = await sharp(svg, { density: (72 * mark) / 32 })
		.resize(mark, mark)
		.png()
		.toBuffer();
	if (icon.purpose === 'any') return drawn;
	return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: THEME_COLOURS.light } })
		.composite([{ input: drawn, gravity: 'centre' }])
		.png()
		.toBuffer();
}

/**
 * Makes the built site installable and usable offline: icons and a web app manifest, then a
 * service worker that precaches every file. Runs after every step that changes the built pages,
 * so the worker's revisions match what is served.
 */
export function offline({ title, description, base, budgetMegabytes, iconSource, locales }: OfflineOptions): AstroIntegration {
	return {
		name: 'devops-path:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const svg = readFileSync(iconSource);
				for (const icon of [...MANIFEST_ICONS, APPLE_TOUCH_ICON]) {
					const file = join(dist, icon.file);
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, await drawIcon(svg, icon));
				}
				writeFileSync(join(dist, MANIFEST_FILE), `${JSON.stringify(webAppManifest({ title, description, base }), null, '\t')}\n`);
				if (budgetMegabytes === 0) {
					for (const locale of ['', ...locales]) writeFileSync(join(dist, workerPath(locale)), RETIRING_WORKER);
					logger.info('No offline copy (offlineBudget is 0): the service worker only removes one an earlier build left.');
					return;
				}
				const budget = budgetMegabytes * 1024 * 1024;
				for (const report of await writeServiceWorkers(dist, base, budget, locales)) {
					for (const warning of report.warnings) logger.warn(warning);
					logger.info(
						`Service worker ${workerPath(report.locale)}: ${report.files} files precached, ${megabytes(report.bytes)} of its ${megabytes(budget)} budget.`,
					);
				}
			},
		},
	};
}
