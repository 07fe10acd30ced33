import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stylesheetsToHead } from '../lib/hosting/stylesheets-to-head.ts';

/** After the build, every page's stylesheets load from its head (see `stylesheetsToHead`). */
export function headStylesheets(): AstroIntegration {
	return {
		name: 'devops-path:head-stylesheets',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				let moved = 0;
				for (const entry of readdirSync(out, { withFileTypes: true, recursive: true })) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const file = join(entry.parentPath, entry.name);
					const html = readFileSync(file, 'utf8');
					const written = stylesheetsToHead(html);
					if (written === html) continue;
					writeFileSync(file, written);
					moved += 1;
				}
				logger.info(`Stylesheets moved from body to head on ${moved} page(s)`);
			},
		},
	};
}
