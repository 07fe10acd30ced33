import { Validator, type Schema } from '@cfworker/json-schema';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { ConfigLab, ConfigRule } from '../../schemas/lab';
import { parseDocumentPath, pointerSegments, resolveDocumentPath, type PathTarget } from './document-path';

export interface RuleResult {
	passed: boolean;
	/** The rule's own message, shown whether it passed or failed. */
	message: string;
	/** 1-based line the rule points at, when it points at one. */
	line?: number;
}

export interface TaskResult {
	id: string;
	passed: boolean;
	rules: RuleResult[];
}

export interface ConfigResult {
	/** A YAML syntax error stops every rule: the file must parse before it can be judged. */
	parseError?: { line: number; message: string };
	tasks: TaskResult[];
}

interface Parsed {
	lines: string[];
	document?: Document;
	value?: unknown;
	lineOf: (at: readonly (string | number)[]) => number | undefined;
}

/** Checks the learner's text against every rule of every task of a config lab. */
export function checkConfig(lab: Pick<ConfigLab, 'format' | 'tasks'>, text: string): ConfigResult {
	const lines = text.split(/\r?\n/);
	let parsed: Parsed = { lines, lineOf: () => undefined };
	if (lab.format === 'yaml') {
		const counter = new LineCounter();
		const document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
		const error = document.errors[0];
		if (error) {
			const line = error.linePos?.[0]?.line ?? (error.pos ? counter.linePos(error.pos[0]).line : 1);
			return {
				parseError: { line, message: error.message.split('\n')[0]! },
				tasks: lab.tasks.map((task) => ({ id: task.id, passed: false, rules: [] })),
			};
		}
		parsed = {
			lines,
			document,
			value: document.toJS(),
			lineOf: (at) => {
				const node = document.getIn(at, true);
				return isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
			},
		};
	}
	return {
		tasks: lab.tasks.map((task) => {
			const rules = task.checks.map((rule) => checkRule(rule, parsed));
			return { id: task.id, passed: rules.every((rule) => rule.passed), rules };
		}),
	};
}

/** The line of the target, or of the nearest part above it that exists. */
function lineOfTarget(parsed: Parsed, target: Pick<PathTarget, 'at' | 'deepest'>): number | undefined {
	for (let length = target.at.length; length >= target.deepest.length; length--) {
		const line = parsed.lineOf(target.at.slice(0, length));
		if (line !== undefined) return line;
	}
	return undefined;
}

/**
 * Same flags as text-match's compileLinePattern; not imported from there so that the config
 * checker and the shell share no chunk (see shell-words.ts for why that matters).
 */
function compileLinePattern(source: string): RegExp {
	return new RegExp(source, 'm');
}

function result(passed: boolean, message: string, line?: number): RuleResult {
	return line === undefined ? { passed, message } : { passed, message, line };
}

function checkRule(rule: ConfigRule, parsed: Parsed): RuleResult {
	switch (rule.kind) {
		case 'line': {
			const pattern = compileLinePattern(rule.matches);
			const index = parsed.lines.findIndex((line) => pattern.test(line));
			return result(index >= 0, rule.message, index >= 0 ? index + 1 : undefined);
		}
		case 'no-line': {
			const pattern = compileLinePattern(rule.matches);
			const index = parsed.lines.findIndex((line) => pattern.test(line));
			return result(index < 0, rule.message, index >= 0 ? index + 1 : undefined);
		}
		case 'path': {
			for (const target of resolveDocumentPath(parsed.value, parseDocumentPath(rule.path))) {
				if (!pathValueHolds(rule, target)) return result(false, rule.message, lineOfTarget(parsed, target));
			}
			return result(true, rule.message);
		}
		case 'schema': {
			const targets = rule.at
				? resolveDocumentPath(parsed.value, parseDocumentPath(rule.at))
				: [{ at: [], deepest: [], found: true, value: parsed.value }];
			const validator = new Validator(rule.schema as Schema, '2020-12', false);
			for (const target of targets) {
				if (!target.found) return result(false, rule.message, lineOfTarget(parsed, target));
				const verdict = validator.validate(target.value);
				if (verdict.valid) continue;
				// The innermost error is the most precise place to point at.
				const deepest = verdict.errors.map((error) => pointerSegments(error.instanceLocation)).sort((a, b) => b.length - a.length)[0] ?? [];
				return result(false, rule.message, lineOfTarget(parsed, { at: [...target.at, ...deepest], deepest: target.at }));
			}
			return result(true, rule.message);
		}
	}
}

function pathValueHolds(rule: Extract<ConfigRule, { kind: 'path' }>, target: PathTarget): boolean {
	if (rule.exists !== undefined && target.found !== rule.exists) return false;
	if (rule.equals !== undefined && target.value !== rule.equals) return false;
	if (rule.matches !== undefined) {
		const scalar = typeof target.value === 'string' || typeof target.value === 'number' || typeof target.value === 'boolean';
		if (!target.found || !scalar || !compileLinePattern(rule.matches).test(String(target.value))) return false;
	}
	return true;
}
