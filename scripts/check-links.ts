/**
 * Link gate: every link, script, stylesheet and image URL in every built page (including those
 * that components write, such as quiz re-read links) must point at a file of dist, and every
 * #fragment at an id on the target page. Usage: node scripts/check-links.ts [dist]
 */
import { readBuiltSite, readPages } from './gates/dist.ts';
import { findBrokenLinks, formatBrokenLinks } from './gates/links.ts';

const site = readBuiltSite(process.argv[2] ?? 'dist');
const pages = readPages(site);
const broken = findBrokenLinks(pages, site.files, site.root);
const links = [...pages.values()].reduce((sum, page) => sum + page.links.length, 0);
if (broken.length) {
	console.error(`${broken.length} broken link(s) in ${site.dir}:\n${formatBrokenLinks(broken)}`);
	process.exit(1);
}
console.log(`Links: ${links} URLs on ${pages.size} pages of ${site.dir} all resolve (pages, files and #fragments).`);
