import { expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/html/json-script';

it('cannot be broken out of with </script>', () => {
	const json = jsonForScript({ text: '</script><script>alert(1)</script><!--' });
	expect(json).not.toContain('<');
	expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script><!--' });
});
