import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const stub = fileURLToPath(new URL('../components/labs/zlib-stub.ts', import.meta.url));

/**
 * The browser build of just-bash imports node:zlib for its gzip commands; in the client bundle
 * that import resolves to a stub that throws "not available". Server code (the build itself)
 * keeps the real module.
 */
export function browserZlibStub(): Plugin {
	return {
		name: 'devops-path:browser-zlib-stub',
		enforce: 'pre',
		resolveId(source, _importer, options) {
			if (source !== 'node:zlib' && source !== 'zlib') return null;
			const client = this.environment ? this.environment.config.consumer === 'client' : !options?.ssr;
			return client ? stub : null;
		},
	};
}
