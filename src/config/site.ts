import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { SECTION_SIDEBAR_FROM, sidebarModes } from './sidebar.ts';
import { sections, type SectionConfig } from './sections.ts';

export const pdfFormats = ['A4', 'Letter'] as const;
export type PdfFormat = (typeof pdfFormats)[number];

export const CONFIG_FILE = 'devops-path.config.json';

const sectionIds = sections.map((section) => section.id);

const UrlSchema = z
	.string()
	.trim()
	.refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
		error: (issue) => `expected an http:// or https:// address, got ${JSON.stringify(issue.input)}`,
	})
	.refine((value) => !URL.canParse(value) || (!new URL(value).search && !new URL(value).hash), {
		error: (issue) => `expected an address without ?query or #fragment, got ${JSON.stringify(issue.input)}`,
	});

const BaseSchema = z
	.string()
	.trim()
	.regex(/^[A-Za-z0-9._~/-]*$/, {
		error: (issue) => `expected a URL path such as "/onboarding/" (letters, digits, - . _ ~ and /), got ${JSON.stringify(issue.input)}`,
	})
	.transform(normaliseBase);

/**
 * Settings a team hosting the site changes without touching code: read at build time from
 * environment variables, or from `devops-path.config.json` at the project root (or the file
 * DEVOPS_PATH_CONFIG names), where an environment variable wins over the file. Each option is
 * described here once; the Contribute section's configuration reference is generated from it.
 * One option: where it comes from, how it reads from an environment variable, what it means.
 */
const options = {
	url: {
		env: 'DEVOPS_PATH_URL',
		schema: UrlSchema.describe(
			'Address the site is served from, used for canonical links and the sitemap. A path in it, as in https://acme.github.io/onboarding/, sets the base path too.',
		),
		fallback: 'http://localhost:4321',
	},
	base: {
		env: 'DEVOPS_PATH_BASE',
		schema: BaseSchema.describe('Path the site lives under, e.g. "/onboarding/" or "/<repository>/" for a GitHub Pages project site.'),
		fallback: '/',
	},
	title: {
		env: 'DEVOPS_PATH_TITLE',
		schema: z.string().trim().min(1, 'expected a non-empty title').describe('Site title in the header, browser tab and study guide.'),
		fallback: 'DevOps Path',
	},
	id: {
		env: 'DEVOPS_PATH_ID',
		schema: z
			.string()
			.trim()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
				error: (issue) =>
					`expected lowercase letters, digits and single hyphens, e.g. "acme-onboarding", got ${JSON.stringify(issue.input)}`,
			})
			.describe('Short id of this site. Stored progress is kept per id and base path, so two sites on one origin never mix.'),
		fallback: 'devops-path',
	},
	editUrl: {
		env: 'DEVOPS_PATH_EDIT_URL',
		schema: z
			.string()
			.trim()
			.refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
				error: (issue) => `expected an http:// or https:// address, got ${JSON.stringify(issue.input)}`,
			})
			.describe(
				'Address that, followed by a file path such as content/docs/start-here/index.mdx, opens the file for editing, e.g. https://github.com/acme/onboarding/edit/main/. Without it pages have no "Edit page" link.',
			),
		fallback: undefined,
	},
	sections: {
		env: 'DEVOPS_PATH_SECTIONS',
		schema: z
			.array(
				z
					.string()
					.trim()
					.refine((id) => sectionIds.includes(id), {
						error: (issue) => `unknown section ${JSON.stringify(issue.input)}; known: ${sectionIds.join(', ')}`,
					}),
				{ error: (issue) => `expected a list of section ids, got ${JSON.stringify(issue.input)}` },
			)
			.min(1, 'expected at least one section')
			.describe(
				'Which sections show, as ids (in the environment variable: separated by commas). The others are left out of the build: no pages, no sidebar entry, no search results, not counted in progress, and links to them become plain text. Default: all.',
			),
		fallback: undefined,
	},
	pdfFormat: {
		env: 'DEVOPS_PATH_PDF_FORMAT',
		schema: z
			.string()
			.transform((value, ctx) => {
				const format = pdfFormats.find((known) => known.toLowerCase() === value.trim().toLowerCase());
				if (!format) ctx.addIssue({ code: 'custom', message: `expected one of ${pdfFormats.join(', ')}, got ${JSON.stringify(value)}` });
				return format ?? z.NEVER;
			})
			.describe('Paper size of the study-guide PDF the build writes: A4 or Letter (any case).'),
		fallback: 'A4',
	},
	sidebar: {
		env: 'DEVOPS_PATH_SIDEBAR',
		schema: z
			.string()
			.transform((value, ctx) => {
				const mode = sidebarModes.find((known) => known === value.trim().toLowerCase());
				if (!mode) ctx.addIssue({ code: 'custom', message: `expected one of ${sidebarModes.join(', ')}, got ${JSON.stringify(value)}` });
				return mode ?? z.NEVER;
			})
			.describe(
				`How much of the course each page's sidebar lists: "full" every section's lessons, "section" only the lessons of the page's own section (the other sections show as one link each, with their progress count), "auto" full below ${SECTION_SIDEBAR_FROM} lessons and section from then on, so pages of a large course stay small.`,
			),
		fallback: 'auto',
	},
	offlineBudget: {
		env: 'DEVOPS_PATH_OFFLINE_BUDGET',
		schema: z.coerce
			.number({ error: (issue) => `expected a number of megabytes, got ${JSON.stringify(issue.input)}` })
			.min(0, 'expected 0 or more megabytes')
			.describe(
				"Largest offline copy of the site, in megabytes. A service worker keeps every page, script and the search index in each learner's browser after the first visit, so the site works without a network; the build stops, naming the sizes, when the site is larger than this. 0 builds no offline copy.",
			),
		fallback: 40,
	},
} as const;

type OptionName = keyof typeof options;

/**
 * The settings a build runs with, each option as its schema reads it: `url` is the origin (its path
 * is in `base`, always with leading and trailing slash), `sections` those that show, in learning order.
 */
const SiteSettingsSchema = z.object({
	url: options.url.schema,
	base: options.base.schema,
	title: options.title.schema,
	id: options.id.schema,
	editBaseUrl: options.editUrl.schema.optional(),
	sections: z.array(z.custom<SectionConfig>()).readonly(),
	pdfFormat: options.pdfFormat.schema,
	sidebar: options.sidebar.schema,
	offlineBudget: options.offlineBudget.schema,
});
export type SiteSettings = z.output<typeof SiteSettingsSchema>;

/** The options as the configuration reference lists them. */
export const siteOptions = Object.entries(options).map(([name, option]) => ({
	name: name as OptionName,
	env: option.env,
	description: option.schema.description ?? '',
	fallback: name === 'sections' ? sectionIds.join(',') : option.fallback,
}));

const ConfigFileSchema = z.strictObject(
	{
		$schema: z.string().optional(),
		...Object.fromEntries(Object.entries(options).map(([name, option]) => [name, option.schema.optional()])),
	},
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `unknown option(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}; known: ${Object.keys(options).join(', ')}`
				: undefined,
	},
);

export interface SettingsSources {
	env?: Record<string, string | undefined>;
	/** Folder the config file is looked up in: the project root. */
	root?: string;
}

export function readSiteSettings({ env = process.env, root = process.cwd() }: SettingsSources = {}): SiteSettings {
	const problems: string[] = [];
	const file = readConfigFile(env, root, problems);
	const value = <N extends OptionName>(name: N): z.output<(typeof options)[N]['schema']> | undefined => {
		const option = options[name];
		const raw = env[option.env];
		if (raw !== undefined && raw.trim() !== '') {
			const input =
				name === 'sections'
					? raw
							.split(',')
							.map((id) => id.trim())
							.filter(Boolean)
					: raw;
			const parsed = option.schema.safeParse(input);
			if (parsed.success) return parsed.data as never;
			problems.push(...parsed.error.issues.map((issue) => `${option.env}: ${issue.message}`));
			return undefined;
		}
		return file?.[name] as never;
	};
	const shown = value('sections');
	const url = new URL(value('url') ?? options.url.fallback);
	const urlBase = normaliseBase(url.pathname);
	const base = value('base');
	if (base !== undefined && urlBase !== '/' && base !== urlBase) {
		problems.push(`the site address ${url.href} says the base path is ${urlBase} but the base is ${base}: set one of them`);
	}
	const settings: SiteSettings = {
		url: url.origin,
		base: base ?? urlBase,
		title: value('title') ?? options.title.fallback,
		id: value('id') ?? options.id.fallback,
		editBaseUrl: value('editUrl'),
		sections: shown ? sections.filter((section) => shown.includes(section.id)) : sections,
		pdfFormat: value('pdfFormat') ?? options.pdfFormat.fallback,
		sidebar: value('sidebar') ?? options.sidebar.fallback,
		offlineBudget: value('offlineBudget') ?? options.offlineBudget.fallback,
	};
	if (problems.length) throw new Error(`The site configuration is invalid:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
	return settings;
}

function readConfigFile(env: Record<string, string | undefined>, root: string, problems: string[]) {
	const named = env.DEVOPS_PATH_CONFIG?.trim();
	const path = named ? (isAbsolute(named) ? named : join(root, named)) : join(root, CONFIG_FILE);
	const shownPath = relative(root, path) || path;
	if (!existsSync(path)) {
		if (named) problems.push(`DEVOPS_PATH_CONFIG: no file at ${shownPath}`);
		return undefined;
	}
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		problems.push(`${shownPath}: not valid JSON (${(error as Error).message})`);
		return undefined;
	}
	const parsed = ConfigFileSchema.safeParse(json);
	if (!parsed.success) {
		problems.push(
			...parsed.error.issues.map((issue) => `${shownPath}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`),
		);
		return undefined;
	}
	return parsed.data as { [N in OptionName]?: z.output<(typeof options)[N]['schema']> };
}

/** Sections a site switched off; their pages are drafts, left out of the build. */
export function hiddenSections(settings: Pick<SiteSettings, 'sections'>): SectionConfig[] {
	const shown = new Set(settings.sections.map((section) => section.id));
	return sections.filter((section) => !shown.has(section.id));
}

export function normaliseBase(base: string): string {
	const trimmed = base
		.trim()
		.replace(/\/{2,}/g, '/')
		.replace(/^\/|\/$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
