import { test as setup } from '@playwright/test';
import { buildPseudoSite, pseudoSite } from '../support/pseudo-site';

setup('build a site with a pseudo-language: one strings file and one translated lesson added', async () => {
	setup.setTimeout(600_000);
	const seconds = await buildPseudoSite();
	console.log(`Pseudo-language site built in ${seconds.toFixed(1)} s (${pseudoSite})`);
});
