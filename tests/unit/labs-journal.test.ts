import { describe, expect, it } from 'vitest';
import { appendCommand, JOURNAL_LIMITS, readJournal, writeJournal } from '../../src/lib/labs/journal';
import { inSpanish } from '../support/english';
import { said } from '../support/said';

describe('a shell lab’s command journal', () => {
	it('reads back what it wrote, in order', () => {
		const commands = ['cd /var/log', "grep -c ' 502 ' access.log", 'sort x | uniq -c > counts.txt'];
		expect(readJournal(writeJournal(commands))).toEqual({ commands });
	});

	it('is empty, without a problem, when nothing was stored', () => {
		expect(readJournal(null)).toEqual({ commands: [] });
	});

	it.each([
		['{not json', 'not valid JSON'],
		['[]', 'not a version 1 journal'],
		['null', 'not a version 1 journal'],
		['{"version":2,"commands":[]}', 'not a version 1 journal'],
		['{"version":1,"commands":"ls"}', 'not a list of command lines'],
		['{"version":1,"commands":["ls",3]}', 'not a list of command lines'],
		['{"version":1,"commands":["ls","  "]}', 'not a list of command lines'],
	])('names what is wrong with a damaged journal %s and restores nothing', (raw, problem) => {
		const read = said(readJournal(raw));
		expect(read.commands).toEqual([]);
		expect('problem' in read && read.problem).toContain(problem);
	});

	it('says what is wrong in the page’s language', () => {
		expect(said(readJournal('{not json'), inSpanish)).toEqual({ commands: [], problem: 'los comandos guardados no son JSON válido' });
	});

	it('keeps no more than its limit from a stored journal that holds more', () => {
		const many = Array.from({ length: JOURNAL_LIMITS.commands + 5 }, (_, i) => `echo ${i}`);
		expect(readJournal(writeJournal(many)).commands).toHaveLength(JOURNAL_LIMITS.commands);
	});

	it('stops growing when full rather than dropping its first commands', () => {
		const full = Array.from({ length: JOURNAL_LIMITS.commands }, () => 'ls');
		expect(appendCommand(full, 'pwd')).toBeUndefined();
		const long = ['x'.repeat(JOURNAL_LIMITS.chars - 2)];
		expect(appendCommand(long, 'pwd')).toBeUndefined();
		expect(appendCommand(long, 'ls')).toEqual([long[0], 'ls']);
		expect(appendCommand([], 'ls')).toEqual(['ls']);
	});
});
