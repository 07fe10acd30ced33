import { sidebarModes, type SidebarMode } from '../lib/sidebar';
import { sections, type SectionConfig } from './sections';

/**
 * Settings a team hosting the site changes without touching code, read from the environment
 * at build time. Documented in the Contribute section and README.
 */
export interface SiteSettings {
	/** Full origin the site is served from, e.g. https://example.github.io. */
	url: string;
	/** Path the site lives under, always with leading and trailing slash, e.g. /onboarding/. */
	base: string;
	title: string;
	/** Separates progress of different sites that share one origin. */
	id: string;
	editBaseUrl?: string;
	sections: readonly SectionConfig[];
	/** `full`: every page lists the whole course; `section`: only its own section's lessons; `auto`: `section` from 100 lessons on. */
	sidebar: SidebarMode;
}

export function readSiteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
	const base = normaliseBase(env.DEVOPS_PATH_BASE ?? '/');
	const shown = env.DEVOPS_PATH_SECTIONS?.split(',').map((id) => id.trim()).filter(Boolean);
	if (shown) {
		const unknown = shown.filter((id) => !sections.some((section) => section.id === id));
		if (unknown.length) {
			throw new Error(
				`DEVOPS_PATH_SECTIONS names unknown section(s) ${unknown.map((id) => `"${id}"`).join(', ')}; known: ${sections.map((s) => s.id).join(', ')}`,
			);
		}
	}
	const sidebar = (env.DEVOPS_PATH_SIDEBAR?.trim() || 'auto') as SidebarMode;
	if (!sidebarModes.includes(sidebar)) {
		throw new Error(`DEVOPS_PATH_SIDEBAR is "${env.DEVOPS_PATH_SIDEBAR}"; use one of ${sidebarModes.join(', ')}`);
	}
	return {
		url: env.DEVOPS_PATH_URL ?? 'http://localhost:4321',
		base,
		title: env.DEVOPS_PATH_TITLE ?? 'DevOps Path',
		id: env.DEVOPS_PATH_ID ?? 'devops-path',
		editBaseUrl: env.DEVOPS_PATH_EDIT_URL || undefined,
		sections: shown ? sections.filter((section) => shown.includes(section.id)) : sections,
		sidebar,
	};
}

export function normaliseBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
