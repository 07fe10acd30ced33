import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLogFile } from '../../support/project-copy';
import { missingChromium, pseudoDist, pseudoSite } from '../../support/pseudo-site';
import { expect, test } from '@playwright/test';

/**
 * The pseudo-site is built as on a machine without Chromium (CHROMIUM_PATH points at no file):
 * the build must still succeed, say once why there is no PDF and how to get one, and the guide
 * must offer only the browser's print.
 */
test('without Chromium the build succeeds, warns once and the guide offers the browser’s print only', () => {
	const log = readFileSync(buildLogFile(pseudoSite), 'utf8');
	const warnings = log.split('\n').filter((line) => line.includes('No PDF of the study guide'));
	expect(warnings, log.slice(-3000)).toHaveLength(1);
	expect(warnings[0]).toContain(`CHROMIUM_PATH is set to ${missingChromium}, but no file exists there.`);

	expect(readdirSync(join(pseudoDist, 'study-guide')).filter((file) => file.endsWith('.pdf'))).toEqual([]);
	const guide = readFileSync(join(pseudoDist, 'study-guide', 'all', 'index.html'), 'utf8');
	expect(guide).toContain('<dp-print-button');
	for (const page of [guide, readFileSync(join(pseudoDist, 'study-guide', 'index.html'), 'utf8')]) {
		// A link to a PDF, not any mention of one: lessons quote files such as invoice-1042.pdf.
		expect(page).not.toMatch(/<a\b[^>]*\bhref="[^"]*\.pdf"/);
		expect(page).not.toContain('Download the whole guide');
	}
});
