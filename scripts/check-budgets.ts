/**
 * Bundle budgets: the JavaScript and CSS (gzip) of every built page against a bare Starlight page
 * built in the same run (tests/fixtures/bare-starlight), plus the allowance of the page's kind.
 * Usage: node scripts/check-budgets.ts [dist] [bare-dist]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interfaceLanguages } from '../src/config/languages.ts';
import { compareWithBaseline, formatBudgetTable, kindOf } from './gates/budgets.ts';
import { readBuiltSite, type BuiltSite } from './gates/dist.ts';
import { weighPage } from './gates/weigh.ts';

const [dist = 'dist', bareDist = 'tests/fixtures/bare-starlight/dist'] = process.argv.slice(2);

function weigh(site: BuiltSite, file: string) {
	const { js, css } = weighPage(site.dir, file, site.root.base);
	return { js: js.gzip, css: css.gzip };
}

const bareSite = readBuiltSite(bareDist);
const bare = weigh(bareSite, 'index.html');
const site = readBuiltSite(dist);
const locales = interfaceLanguages().map(({ locale }) => locale);
const rows = compareWithBaseline(
	site.html.map((file) => {
		const html = readFileSync(join(site.dir, file), 'utf8');
		return { page: file, kind: kindOf(file, html, locales), ...weigh(site, file) };
	}),
	bare,
);
console.log(formatBudgetTable(rows, bare));
const over = rows.filter((row) => row.over);
if (over.length) {
	console.error(`\n${over.length} page(s) over budget: ${over.map((row) => row.page).join(', ')}`);
	process.exit(1);
}
console.log(`\nBudgets: all ${rows.length} pages within their allowance over bare Starlight.`);
