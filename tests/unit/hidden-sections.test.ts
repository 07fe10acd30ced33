import { describe, expect, it } from 'vitest';
import { sections } from '../../src/config/sections';
import {
	hiddenPathPrefixes,
	isInSections,
	leadsToHiddenPage,
	unlinkHiddenPages,
	withHiddenSectionsAsDrafts,
} from '../../src/lib/course/hidden-sections';

const byId = (...ids: string[]) => sections.filter((section) => ids.includes(section.id));

describe('which pages a section holds', () => {
	it('covers the folder of a lesson section and the page of a link section', () => {
		expect(isInSections('growth', byId('growth'))).toBe(true);
		expect(isInSections('growth/30-days', byId('growth'))).toBe(true);
		expect(isInSections('growth-tips', byId('growth'))).toBe(false);
		expect(isInSections('progress', byId('progress'))).toBe(true);
		expect(isInSections('progress/review', byId('progress'))).toBe(true);
		expect(isInSections('study-guide', byId('study-guide'))).toBe(true);
		expect(isInSections('index', byId('growth', 'progress'))).toBe(false);
	});
});

describe('links into hidden sections', () => {
	const prefixes = hiddenPathPrefixes(byId('growth', 'progress'), '/onboarding/');

	it('resolves relative, absolute and anchored links against the page', () => {
		expect(prefixes).toEqual(['/onboarding/growth/', '/onboarding/progress/']);
		expect(leadsToHiddenPage('../growth/', '/onboarding/start-here/', prefixes)).toBe(true);
		expect(leadsToHiddenPage('../../growth/30-days/#plan', '/onboarding/role/week/', prefixes)).toBe(true);
		expect(leadsToHiddenPage('/onboarding/progress', '/onboarding/', prefixes)).toBe(true);
		expect(leadsToHiddenPage('progress/', '/onboarding/', prefixes)).toBe(true);
		expect(leadsToHiddenPage('../role/', '/onboarding/start-here/', prefixes)).toBe(false);
		expect(leadsToHiddenPage('#growth', '/onboarding/start-here/', prefixes)).toBe(false);
		expect(leadsToHiddenPage('https://example.com/onboarding/growth/', '/onboarding/', prefixes)).toBe(false);
		expect(leadsToHiddenPage('/growth/', '/onboarding/', prefixes)).toBe(false);
	});

	it('turns only those links into their text', () => {
		const html =
			'<p>See <a href="../growth/">the growth path</a>, <a href="../role/" class="x">the role</a> and <a href="../progress/"><strong>your progress</strong></a>. <abbr title="x">CI</abbr></p>';
		expect(unlinkHiddenPages(html, '/onboarding/start-here/', prefixes)).toBe(
			'<p>See the growth path, <a href="../role/" class="x">the role</a> and <strong>your progress</strong>. <abbr title="x">CI</abbr></p>',
		);
		expect(unlinkHiddenPages(html, '/onboarding/start-here/', [])).toBe(html);
	});

	it('reads addresses as the browser does, and takes no text that only looks like a link for one', () => {
		const encoded = '<a href="..&#x2F;&#103;rowth&#47;?a=1&amp;b=2">the path</a>';
		expect(unlinkHiddenPages(encoded, '/onboarding/start-here/', prefixes)).toBe('the path');
		const lookalike = '<abbr title="<a href=\'../growth/\'>x</a>">CI</abbr><script>"<a href=\'../growth/\'>"</script>';
		expect(unlinkHiddenPages(lookalike, '/onboarding/start-here/', prefixes)).toBe(lookalike);
	});
});

describe('the docs loader of a site with hidden sections', () => {
	interface Entry {
		id: string;
		data: Record<string, unknown>;
		digest?: string;
	}
	function fakeStore(entries: Entry[]) {
		const map = new Map(entries.map((entry) => [entry.id, entry]));
		return {
			values: () => [...map.values()],
			delete: (id: string) => map.delete(id),
			set: (entry: Entry) => map.set(entry.id, entry) && true,
			map,
		};
	}

	it('loads their pages as drafts, so the build leaves them out, and no others', async () => {
		const store = fakeStore([
			{ id: 'growth/30-days', data: { title: 'a' }, digest: 'd1' },
			{ id: 'role', data: { title: 'b' }, digest: 'd2' },
		]);
		const inner = { name: 'docs', load: async () => undefined };
		const loader = withHiddenSectionsAsDrafts(inner, byId('growth'));
		await loader.load({ store } as never);
		expect(store.map.get('growth/30-days')).toEqual({ id: 'growth/30-days', data: { title: 'a', draft: true }, digest: 'd1:hidden' });
		expect(store.map.get('role')).toEqual({ id: 'role', data: { title: 'b' }, digest: 'd2' });
		expect(withHiddenSectionsAsDrafts(inner, [])).toBe(inner);
	});
});
