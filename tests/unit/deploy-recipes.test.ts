import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSiteSettings } from '../../src/config/site';
import { HASHED_ASSETS_CACHE, securityHeaders } from '../../src/config/security-headers';
import { renderNginxConfig } from '../../src/lib/hosting/nginx-config';
import { root } from '../support/content-files';

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;

describe('GitHub Pages workflow', () => {
	const workflow = parseYaml(read('deploy/github-pages/pages.yml'));
	const steps = workflow.jobs.build.steps as { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[];

	it('builds with the npm scripts the project has, on the Node version it asks for', () => {
		expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe('.nvmrc');
		expect(existsSync(join(root, '.nvmrc'))).toBe(true);
		const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
		expect(runs).toEqual(['npm install --no-audit --no-fund', 'npm run build']);
		expect(scripts.build).toBeDefined();
	});

	it('takes the address with its base path from GitHub and publishes dist', () => {
		const build = steps.find((step) => step.run === 'npm run build')!;
		// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, which the workflow file holds as text
		expect(build.env?.DEVOPS_PATH_URL).toBe('${{ steps.pages.outputs.base_url }}');
		expect(build.env?.CHROMIUM_PATH, 'a browser for the study guide PDF').toBeTruthy();
		expect(steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))).toMatchObject({ id: 'pages' });
		expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
		expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
		expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});

	it('gets a base path from an address like the one GitHub gives a project site', () => {
		expect(readSiteSettings({ env: { DEVOPS_PATH_URL: 'https://acme.github.io/onboarding' }, root: '/nonexistent' })).toMatchObject({
			url: 'https://acme.github.io',
			base: '/onboarding/',
		});
	});
});

describe('GitLab Pages job', () => {
	const job = parseYaml(read('deploy/gitlab-pages/.gitlab-ci.yml')).pages;

	it('builds with the project scripts and publishes the build as public/', () => {
		expect(job.script.slice(-3)).toEqual(['npm install --no-audit --no-fund', 'npm run build', 'rm -rf public && mv dist public']);
		expect(job.script[0], 'a browser for the study guide PDF').toContain('install -y -qq --no-install-recommends chromium');
		expect(job.artifacts.paths).toEqual(['public']);
		expect(job.variables.DEVOPS_PATH_URL).toBe('$CI_PAGES_URL');
		expect(Number(/node:(\d+)/.exec(job.image)![1])).toBeGreaterThanOrEqual(20);
	});
});

describe('Netlify', () => {
	it('builds with npm run build and publishes dist, where the build writes _headers', () => {
		const toml = read('deploy/netlify/netlify.toml');
		expect(toml).toMatch(/^\s*command = "npm run build"$/m);
		expect(toml).toMatch(/^\s*publish = "dist"$/m);
	});
});

describe('nginx server block', () => {
	const template = read('deploy/nginx/site.conf.template');
	const site = { policy: "default-src 'self'; script-src 'self' 'sha256-abc='", base: '/onboarding/' };
	const config = renderNginxConfig(template, site, {
		dist: '/srv/onboarding/dist/',
		listen: '127.0.0.1:8080',
		serverName: 'wiki.acme.example',
	});

	it('serves the build under its base path, with a redirect from the bare base path', () => {
		expect(config).toContain('listen 127.0.0.1:8080;');
		expect(config).toContain('server_name wiki.acme.example;');
		expect(config).toContain('location = /onboarding {\n\t\treturn 301 /onboarding/;');
		expect(config).toContain('location ^~ /onboarding/ {\n\t\talias /srv/onboarding/dist/;');
		expect(config).toContain('location ^~ /onboarding/_astro/ {\n\t\talias /srv/onboarding/dist/_astro/;');
		expect(config).toContain('error_page 404 /onboarding/404.html;');
		expect(config).not.toMatch(/\{\{|^##/m);
	});

	it('sends every security header in each location, as nginx does not inherit them into one with its own', () => {
		const locations = config.split('location ^~').slice(1);
		expect(locations).toHaveLength(2);
		for (const location of locations) {
			expect(location).toContain(`add_header Content-Security-Policy "${site.policy}; frame-ancestors 'none'" always;`);
			for (const [name, value] of Object.entries(securityHeaders)) expect(location).toContain(`add_header ${name} "${value}" always;`);
		}
		expect(locations[0]).toContain(`add_header Cache-Control "${HASHED_ASSETS_CACHE}" always;`);
	});

	it('has no redirect block for a site at the root, and refuses paths nginx would misread', () => {
		const atRoot = renderNginxConfig(template, { ...site, base: '/' }, { dist: '/srv/dist', listen: '80', serverName: '_' });
		expect(atRoot).not.toContain('return 301');
		expect(atRoot).toContain('location ^~ / {');
		// The one exact location left is the web app manifest's, which needs its own type.
		expect(atRoot.match(/location = \S+/g)).toEqual(['location = /manifest.webmanifest']);
		expect(() => renderNginxConfig(template, site, { dist: '/srv/my site', listen: '80', serverName: '_' })).toThrow('holds a space');
		expect(() => renderNginxConfig('{{nope}}', site, { dist: '/srv', listen: '80', serverName: '_' })).toThrow(
			'Unknown placeholder {{nope}}',
		);
	});

	it('is written by an npm script', () => {
		expect(scripts['deploy:nginx']).toBe('node scripts/nginx-config.ts');
	});
});
