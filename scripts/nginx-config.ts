/**
 * Writes the nginx server block for a finished build to standard output, from
 * deploy/nginx/site.conf.template: `npm run --silent deploy:nginx -- [--dist dist] [--listen 80] [--server-name _]`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuiltSite } from '../src/lib/hosting/deploy-headers.ts';
import { renderNginxConfig } from '../src/lib/hosting/nginx-config.ts';

const template = readFileSync(new URL('../deploy/nginx/site.conf.template', import.meta.url), 'utf8');

try {
	const { values } = parseArgs({
		options: {
			dist: { type: 'string', default: 'dist' },
			listen: { type: 'string', default: '80' },
			'server-name': { type: 'string', default: '_' },
		},
	});
	const dist = resolve(values.dist);
	process.stdout.write(
		renderNginxConfig(template, readBuiltSite(dist), { dist, listen: values.listen, serverName: values['server-name'] }),
	);
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
}
