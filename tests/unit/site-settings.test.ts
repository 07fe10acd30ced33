import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/config/site';

describe('readSiteSettings: PDF format', () => {
	it('prints on A4 unless told otherwise', () => {
		expect(readSiteSettings({}).pdfFormat).toBe('A4');
	});
	it('accepts Letter in any case', () => {
		expect(readSiteSettings({ DEVOPS_PATH_PDF_FORMAT: 'letter' }).pdfFormat).toBe('Letter');
		expect(readSiteSettings({ DEVOPS_PATH_PDF_FORMAT: ' Letter ' }).pdfFormat).toBe('Letter');
	});
	it('names an unknown format and the ones it knows', () => {
		expect(() => readSiteSettings({ DEVOPS_PATH_PDF_FORMAT: 'A3' })).toThrow('DEVOPS_PATH_PDF_FORMAT is "A3"; use one of: A4, Letter');
	});
});
