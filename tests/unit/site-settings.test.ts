import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/config/site';

const read = (env: Record<string, string>) => readSiteSettings({ env, root: '/nonexistent' });

describe('readSiteSettings: PDF format', () => {
	it('prints on A4 unless told otherwise', () => {
		expect(read({}).pdfFormat).toBe('A4');
	});
	it('accepts Letter in any case', () => {
		expect(read({ DEVOPS_PATH_PDF_FORMAT: 'letter' }).pdfFormat).toBe('Letter');
		expect(read({ DEVOPS_PATH_PDF_FORMAT: ' Letter ' }).pdfFormat).toBe('Letter');
	});
	it('names an unknown format and the ones it knows', () => {
		expect(() => read({ DEVOPS_PATH_PDF_FORMAT: 'A3' })).toThrow('DEVOPS_PATH_PDF_FORMAT: expected one of A4, Letter, got "A3"');
	});
});
