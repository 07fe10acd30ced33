import { describe, expect, it } from 'vitest';
import { localAddressWarning } from '../../src/lib/hosting/site-address';

describe('localAddressWarning', () => {
	it('warns about a local address and says how to set the real one', () => {
		for (const url of ['http://localhost:4321', 'http://127.0.0.1:8080/', 'http://[::1]:4321/', 'http://docs.localhost/']) {
			const warning = localAddressWarning(url);
			expect(warning, url).toContain(url);
			expect(warning, url).toContain('DEVOPS_PATH_URL=');
		}
	});

	it('says nothing for a public address', () => {
		expect(localAddressWarning('https://wiki.example.com')).toBeUndefined();
		expect(localAddressWarning('https://localhost.example.com')).toBeUndefined();
	});
});
