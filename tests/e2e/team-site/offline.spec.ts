import { teamConfig } from '../../support/team-site';
import { offlineDay } from '../offline-journey';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('under /onboarding/ behind nginx, the site installs with its own manifest and works offline after one visit', async ({
	page,
	context,
	request,
	site,
}) => {
	test.slow();
	const home = `${site.origin}${site.base}`;
	const manifest = await (await request.get(`${home}manifest.webmanifest`)).json();
	expect(manifest).toMatchObject({ name: teamConfig.title, id: '/onboarding/', start_url: '/onboarding/', scope: '/onboarding/' });
	for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/onboarding\/icons\//);
	expect((await request.get(`${home}sw.js`)).headers()['cache-control']).toBe('no-cache');

	await offlineDay(page, context, home, `devops-path:${teamConfig.id}:/onboarding/:progress`);
});
