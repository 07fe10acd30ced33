import { z } from 'astro/zod';
import { scriptedProgram } from './scripted-program';
import { naming, StableIdSchema } from './vocabulary';

/** Markdown text: rendered (and escaped) at build, never in the browser. */
const Markdown = z.string().trim().min(1);

/**
 * A JavaScript regular expression written as its source (no slashes). Compiled here so a typo
 * fails the build with the pattern and the engine's reason rather than breaking a learner's lab.
 */
export const RegexSourceSchema = z
	.string(naming('a regular expression as text'))
	.min(1, naming('a non-empty regular expression'))
	.superRefine((source, ctx) => {
		try {
			new RegExp(source, 'm');
		} catch (error) {
			ctx.addIssue({ code: 'custom', message: `is not a valid regular expression "${source}": ${(error as Error).message}` });
		}
	});

/** Scenario state: a few named flags or counters that scripted commands read and change. */
const StateKeySchema = z.string().regex(/^[a-zA-Z][\w-]*$/, naming('a state name: a letter, then letters, digits, "_" or "-"'));
const StateValueSchema = z.union([z.string(), z.number(), z.boolean()], naming('text, a number, true or false'));
const StateSchema = z.record(StateKeySchema, StateValueSchema);
export type LabState = z.infer<typeof StateSchema>;

const FilePathSchema = z
	.string(naming('an absolute file path'))
	.regex(/^\/(?:[\w.@+-]+\/)*[\w.@+-]+$/, naming('an absolute file path such as "/var/log/nginx/access.log"'));

export const LabFileSchema = z.object({
	path: FilePathSchema.describe('Absolute path in the lab\'s filesystem, e.g. "/var/log/nginx/access.log".'),
	content: z.string().describe("The file's starting content."),
});

/** Text to look for: a regular expression, a literal substring, or both (both must then hold). */
const TextMatch = {
	matches: RegexSourceSchema.optional().describe('A regular expression the text must match; `^` and `$` match at each line.'),
	contains: z.string().min(1).optional().describe('Text that must appear literally.'),
};

export const OutputCheckSchema = z.object({
	kind: z.literal('output'),
	command: RegexSourceSchema.optional().describe(
		'A regular expression the command line must match (after normalising: trimmed, runs of spaces made one), e.g. to ask for a pipeline.',
	),
	...TextMatch,
});
export const FileCheckSchema = z.object({
	kind: z.literal('file'),
	path: FilePathSchema.describe('The file the learner writes.'),
	...TextMatch,
});
export const StateCheckSchema = z.object({
	kind: z.literal('state'),
	key: StateKeySchema.describe('A name in the scenario state.'),
	equals: StateValueSchema.describe('The value it must hold.'),
});
export const ShellCheckSchema = z.discriminatedUnion('kind', [OutputCheckSchema, FileCheckSchema, StateCheckSchema]);
export type ShellCheck = z.infer<typeof ShellCheckSchema>;

/** A place in a parsed YAML document, e.g. "spec.template.spec.containers[*].image". */
export const DocumentPathSchema = z
	.string()
	.regex(/^[\w-]+(?:\[(?:\d+|\*)\])*(?:\.[\w-]+(?:\[(?:\d+|\*)\])*)*$/, naming('a path such as "spec.template.spec.containers[*].image"'));

const RuleMessage = Markdown.describe('Shown when the rule fails, and printed in the answer key: what is wrong and why it matters.');
export const SchemaRuleSchema = z.object({
	kind: z.literal('schema'),
	at: DocumentPathSchema.optional().describe(
		'Path of the part of the document the schema applies to (same syntax as `path`); the whole document when left out.',
	),
	schema: z.record(z.string(), z.unknown()).describe('A JSON Schema (draft 2020-12) fragment the part must satisfy.'),
	message: RuleMessage,
});
export const PathRuleSchema = z.object({
	kind: z.literal('path'),
	path: DocumentPathSchema.describe('Where to look in the parsed YAML: keys joined by dots, `[0]` for a list item, `[*]` for every item.'),
	exists: z.boolean().optional().describe('Whether the value must be present (true) or absent (false).'),
	equals: StateValueSchema.optional().describe('The value it must equal.'),
	matches: RegexSourceSchema.optional().describe('A regular expression its text must match.'),
	message: RuleMessage,
});
export const LineRuleSchema = z.object({
	kind: z.enum(['line', 'no-line'], naming('"line" or "no-line"')).describe('`line`: some line must match; `no-line`: no line may match.'),
	matches: RegexSourceSchema.describe('The regular expression each line is tested against.'),
	message: RuleMessage,
});
export const ConfigRuleSchema = z.union([SchemaRuleSchema, PathRuleSchema, LineRuleSchema]);
export type ConfigRule = z.infer<typeof ConfigRuleSchema>;

export const ScriptedCommandSchema = z.object({
	pattern: RegexSourceSchema.describe(
		'Regular expression over the normalised command line (program and arguments joined by single spaces), starting with `^` and the program name, e.g. "^kubectl get pods$".',
	),
	when: StateSchema.optional().describe('Scenario state the entry needs; an entry whose state does not hold is skipped.'),
	output: z.string().default('').describe('What the command prints.'),
	exitCode: z.number().int().min(0).max(255).default(0).describe('Its exit status.'),
	set: StateSchema.optional().describe('Scenario state it changes.'),
});
export type ScriptedCommand = z.infer<typeof ScriptedCommandSchema>;

const TaskBase = {
	id: StableIdSchema.describe('Unique within the lab. Progress is stored under it: never change or reuse an id.'),
	prompt: Markdown.describe('What to do (Markdown).'),
	hints: z.array(Markdown).default([]).describe('Nudges the learner can open one by one (Markdown).'),
};
export const ShellTaskSchema = z.object({
	...TaskBase,
	checks: z.array(ShellCheckSchema).min(1).describe('All must hold after one command for the task to pass.'),
});
export const ConfigTaskSchema = z.object({
	...TaskBase,
	checks: z.array(ConfigRuleSchema).min(1).describe('Rules the edited file must pass; each names its own message.'),
});

const LabBase = {
	title: z.string().min(1).describe('Name of the lab.'),
	lesson: StableIdSchema.describe('Key of the lesson the lab is shown in.'),
	scenario: Markdown.describe('The situation the learner walks into (Markdown).'),
	files: z.array(LabFileSchema).min(1).describe('The starting files.'),
};

/** A terminal over the starting files; commands that cannot run in a browser are scripted. */
export const ShellLabSchema = z.object({
	...LabBase,
	kind: z.literal('shell'),
	cwd: FilePathSchema.default('/home/learner').describe('The working directory each command starts in.'),
	state: StateSchema.default({}).describe('The scenario state at the start, read by `state` checks and scripted commands.'),
	commands: z.array(ScriptedCommandSchema).default([]).describe('Scripted commands; the first whose pattern and `when` hold answers.'),
	tasks: z.array(ShellTaskSchema).min(1).describe('The tasks, in order.'),
	solution: z
		.object({ commands: z.array(z.string().min(1)).min(1).describe('Commands that pass every task when run in order.') })
		.describe('The reference solution, hidden until the learner asks for it.'),
});

/** One file to fix, checked rule by rule when the learner presses Check. */
export const ConfigLabSchema = z.object({
	...LabBase,
	kind: z.literal('config'),
	file: FilePathSchema.describe('The file the learner edits; one of `files`.'),
	format: z
		.enum(['yaml', 'text'], naming('"yaml" or "text"'))
		.describe('`yaml` is parsed (rules `schema`, `path`, `line`, `no-line`); `text` takes line rules only.'),
	tasks: z.array(ConfigTaskSchema).min(1).describe('The tasks, in order.'),
	solution: z
		.object({ file: z.string().min(1).describe('The fixed file, which passes every rule.') })
		.describe('The reference solution, hidden until the learner asks for it.'),
});

/** A lab: content/labs/<id>.yaml. */
export const LabSchema = z
	.discriminatedUnion('kind', [ShellLabSchema, ConfigLabSchema], naming('a lab with `kind: shell` or `kind: config`'))
	.superRefine((lab, ctx) => {
		const seen = new Set<string>();
		lab.tasks.forEach((task, index) => {
			if (seen.has(task.id))
				ctx.addIssue({
					code: 'custom',
					path: ['tasks', index, 'id'],
					message: `duplicate task id "${task.id}": progress is stored by task id`,
				});
			seen.add(task.id);
		});
		const paths = new Set<string>();
		lab.files.forEach((file, index) => {
			if (paths.has(file.path)) ctx.addIssue({ code: 'custom', path: ['files', index, 'path'], message: `duplicate file "${file.path}"` });
			paths.add(file.path);
		});
		if (lab.kind === 'shell') {
			lab.commands.forEach((command, index) => {
				if (!scriptedProgram(command.pattern)) {
					ctx.addIssue({
						code: 'custom',
						path: ['commands', index, 'pattern'],
						message: `"${command.pattern}" must start with "^" and the program name, e.g. "^kubectl get pods$"`,
					});
				}
			});
			for (const [t, task] of lab.tasks.entries()) {
				for (const [c, check] of task.checks.entries()) {
					if (check.kind !== 'state' && check.matches === undefined && check.contains === undefined) {
						ctx.addIssue({
							code: 'custom',
							path: ['tasks', t, 'checks', c],
							message: `task "${task.id}": a ${check.kind} check needs \`matches\` or \`contains\``,
						});
					}
				}
			}
			return;
		}
		if (!paths.has(lab.file)) ctx.addIssue({ code: 'custom', path: ['file'], message: `"${lab.file}" is not one of the lab's files` });
		for (const [t, task] of lab.tasks.entries()) {
			for (const [c, rule] of task.checks.entries()) {
				if (lab.format === 'text' && (rule.kind === 'schema' || rule.kind === 'path')) {
					ctx.addIssue({
						code: 'custom',
						path: ['tasks', t, 'checks', c, 'kind'],
						message: `task "${task.id}": "${rule.kind}" rules need \`format: yaml\`; a text file takes "line" and "no-line" rules`,
					});
				}
				if (rule.kind === 'path' && rule.exists === undefined && rule.equals === undefined && rule.matches === undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['tasks', t, 'checks', c],
						message: `task "${task.id}": a path rule needs \`exists\`, \`equals\` or \`matches\``,
					});
				}
			}
		}
	});
export type Lab = z.infer<typeof LabSchema>;
export type ShellLab = z.infer<typeof ShellLabSchema>;
export type ConfigLab = z.infer<typeof ConfigLabSchema>;
