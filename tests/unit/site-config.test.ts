import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sections } from '../../src/config/sections';
import { CONFIG_FILE, hiddenSections, normaliseBase, readSiteSettings, siteOptions } from '../../src/config/site';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'devops-path-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (env: Record<string, string> = {}) => readSiteSettings({ env, root });
const writeConfig = (value: unknown, name = CONFIG_FILE) =>
	writeFileSync(join(root, name), typeof value === 'string' ? value : JSON.stringify(value));

describe('site settings from the environment', () => {
	it('has working defaults without any configuration', () => {
		expect(read()).toEqual({
			url: 'http://localhost:4321',
			base: '/',
			title: 'DevOps Path',
			id: 'devops-path',
			pdfFormat: 'A4',
			sidebar: 'auto',
			offlineBudget: 40,
			editBaseUrl: undefined,
			sections,
		});
	});

	it('reads every option and normalises the base path', () => {
		const settings = read({
			DEVOPS_PATH_URL: 'https://wiki.acme.example/',
			DEVOPS_PATH_BASE: 'onboarding',
			DEVOPS_PATH_TITLE: 'Acme onboarding',
			DEVOPS_PATH_ID: 'acme',
			DEVOPS_PATH_EDIT_URL: 'https://git.acme.example/wiki/edit/main/',
			DEVOPS_PATH_SECTIONS: 'practice, start-here,role',
		});
		expect(settings).toMatchObject({
			url: 'https://wiki.acme.example',
			base: '/onboarding/',
			title: 'Acme onboarding',
			id: 'acme',
			editBaseUrl: 'https://git.acme.example/wiki/edit/main/',
		});
		// Sections keep learning order whatever order they are listed in.
		expect(settings.sections.map((section) => section.id)).toEqual(['start-here', 'role', 'practice']);
	});

	it('takes the base path from the site address when only the address has one', () => {
		expect(read({ DEVOPS_PATH_URL: 'https://acme.github.io/onboarding' })).toMatchObject({
			url: 'https://acme.github.io',
			base: '/onboarding/',
		});
		expect(read({ DEVOPS_PATH_URL: 'https://acme.github.io/onboarding/', DEVOPS_PATH_BASE: '/onboarding' }).base).toBe('/onboarding/');
	});

	it('names every bad value at once, with the variable it came from', () => {
		expect(() =>
			read({
				DEVOPS_PATH_URL: 'ftp://files.example',
				DEVOPS_PATH_BASE: '/on boarding/',
				DEVOPS_PATH_ID: 'Acme Wiki',
				DEVOPS_PATH_SECTIONS: 'role,blog',
				DEVOPS_PATH_EDIT_URL: 'github.com/acme',
			}),
		).toThrow(
			[
				'The site configuration is invalid:',
				`  DEVOPS_PATH_SECTIONS: unknown section "blog"; known: ${sections.map((section) => section.id).join(', ')}`,
				'  DEVOPS_PATH_URL: expected an http:// or https:// address, got "ftp://files.example"',
				'  DEVOPS_PATH_BASE: expected a URL path such as "/onboarding/" (letters, digits, - . _ ~ and /), got "/on boarding/"',
				'  DEVOPS_PATH_ID: expected lowercase letters, digits and single hyphens, e.g. "acme-onboarding", got "Acme Wiki"',
				'  DEVOPS_PATH_EDIT_URL: expected an http:// or https:// address, got "github.com/acme"',
			].join('\n'),
		);
	});

	it('refuses a base path that contradicts the path in the site address', () => {
		expect(() => read({ DEVOPS_PATH_URL: 'https://acme.github.io/onboarding/', DEVOPS_PATH_BASE: '/wiki/' })).toThrow(
			'the site address https://acme.github.io/onboarding/ says the base path is /onboarding/ but the base is /wiki/: set one of them',
		);
	});

	it('treats an empty variable as unset', () => {
		expect(read({ DEVOPS_PATH_TITLE: '', DEVOPS_PATH_SECTIONS: ' ' })).toMatchObject({ title: 'DevOps Path', sections });
	});
});

describe(`site settings from ${CONFIG_FILE}`, () => {
	it('reads the file at the project root, and a variable wins over it', () => {
		writeConfig({ title: 'Acme onboarding', base: '/onboarding/', sections: ['start-here', 'fundamentals'] });
		expect(read()).toMatchObject({ title: 'Acme onboarding', base: '/onboarding/' });
		expect(read().sections.map((section) => section.id)).toEqual(['start-here', 'fundamentals']);
		expect(read({ DEVOPS_PATH_TITLE: 'Staging wiki' }).title).toBe('Staging wiki');
	});

	it('reads the file DEVOPS_PATH_CONFIG names instead', () => {
		writeConfig({ id: 'acme-staging' }, 'staging.json');
		expect(read({ DEVOPS_PATH_CONFIG: 'staging.json' }).id).toBe('acme-staging');
		expect(() => read({ DEVOPS_PATH_CONFIG: 'missing.json' })).toThrow('DEVOPS_PATH_CONFIG: no file at missing.json');
	});

	it('names the file, the field and the value that is wrong', () => {
		writeConfig({ url: 'acme.example', sections: ['role', 'news'], colour: 'blue' });
		expect(() => read()).toThrow(`${CONFIG_FILE}: unknown option(s) "colour"; known: url, base, title, id, editUrl, sections`);
		writeConfig({ url: 'acme.example', sections: ['role', 'news'] });
		expect(() => read()).toThrow(
			[
				`  ${CONFIG_FILE}: url: expected an http:// or https:// address, got "acme.example"`,
				`  ${CONFIG_FILE}: sections.1: unknown section "news"`,
			].join('\n'),
		);
		writeConfig({ sections: [] });
		expect(() => read()).toThrow(`${CONFIG_FILE}: sections: expected at least one section`);
	});

	it('says when the file is not JSON', () => {
		writeConfig('{ title: "no quotes" }');
		expect(() => read()).toThrow(`${CONFIG_FILE}: not valid JSON`);
	});
});

describe('sidebar mode', () => {
	it('is auto by default and set by the file or, winning over it, the variable', () => {
		expect(read().sidebar).toBe('auto');
		writeConfig({ sidebar: 'full' });
		expect(read().sidebar).toBe('full');
		expect(read({ DEVOPS_PATH_SIDEBAR: ' Section ' }).sidebar).toBe('section');
	});

	it('names a wrong value and the modes it knows, wherever it came from', () => {
		expect(() => read({ DEVOPS_PATH_SIDEBAR: 'tiny' })).toThrow('  DEVOPS_PATH_SIDEBAR: expected one of auto, full, section, got "tiny"');
		writeConfig({ sidebar: 'tiny' });
		expect(() => read()).toThrow(`  ${CONFIG_FILE}: sidebar: expected one of auto, full, section, got "tiny"`);
	});
});

describe('hidden sections and the options list', () => {
	it('lists the sections a site switched off', () => {
		const shown = sections.map((section) => section.id).filter((id) => id !== 'growth' && id !== 'study-guide');
		const settings = read({ DEVOPS_PATH_SECTIONS: shown.join(',') });
		expect(hiddenSections(settings).map((section) => section.id)).toEqual(['growth', 'study-guide']);
		expect(hiddenSections(read())).toEqual([]);
	});

	it('documents each option with its variable and default', () => {
		expect(siteOptions.map((option) => [option.name, option.env])).toEqual([
			['url', 'DEVOPS_PATH_URL'],
			['base', 'DEVOPS_PATH_BASE'],
			['title', 'DEVOPS_PATH_TITLE'],
			['id', 'DEVOPS_PATH_ID'],
			['editUrl', 'DEVOPS_PATH_EDIT_URL'],
			['sections', 'DEVOPS_PATH_SECTIONS'],
			['pdfFormat', 'DEVOPS_PATH_PDF_FORMAT'],
			['sidebar', 'DEVOPS_PATH_SIDEBAR'],
			['offlineBudget', 'DEVOPS_PATH_OFFLINE_BUDGET'],
		]);
		for (const option of siteOptions) expect(option.description, option.name).not.toBe('');
	});

	it('normalises a base path to leading and trailing slashes', () => {
		expect(['', '/', 'a', '/a', 'a/', '//a//b//'].map(normaliseBase)).toEqual(['/', '/', '/a/', '/a/', '/a/', '/a/b/']);
	});
});
