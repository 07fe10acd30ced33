import english from '../../content/i18n/en.json' with { type: 'json' };

/**
 * The learning path's sections, in learning order. `directory` is the folder under content/docs;
 * lessons are the pages with a `key` inside it. Sections without a directory are single pages.
 * A section's name is an interface string, `sections.<id>` in content/i18n/<lang>.json; `label`
 * is the English one.
 */
export interface SectionConfig {
	id: string;
	label: string;
	directory?: string;
	link?: string;
}

export const sections: readonly SectionConfig[] = [
	{ id: 'start-here', label: english['sections.start-here'], directory: 'start-here' },
	{ id: 'role', label: english['sections.role'], directory: 'role' },
	{ id: 'fundamentals', label: english['sections.fundamentals'], directory: 'fundamentals' },
	{ id: 'linux', label: english['sections.linux'], directory: 'linux' },
	{ id: 'scripting', label: english['sections.scripting'], directory: 'scripting' },
	{ id: 'git', label: english['sections.git'], directory: 'git' },
	{ id: 'networking', label: english['sections.networking'], directory: 'networking' },
	{ id: 'cloud', label: english['sections.cloud'], directory: 'cloud' },
	{ id: 'containers', label: english['sections.containers'], directory: 'containers' },
	{ id: 'kubernetes', label: english['sections.kubernetes'], directory: 'kubernetes' },
	{ id: 'terraform', label: english['sections.terraform'], directory: 'terraform' },
	{ id: 'lifecycle', label: english['sections.lifecycle'], directory: 'lifecycle' },
	{ id: 'releases', label: english['sections.releases'], directory: 'releases' },
	{ id: 'operations', label: english['sections.operations'], directory: 'operations' },
	{ id: 'observability', label: english['sections.observability'], directory: 'observability' },
	{ id: 'growth', label: english['sections.growth'], directory: 'growth' },
	{ id: 'security', label: english['sections.security'], directory: 'security' },
	{ id: 'tools', label: english['sections.tools'], directory: 'tools' },
	{ id: 'practice', label: english['sections.practice'], directory: 'practice' },
	{ id: 'reliability', label: english['sections.reliability'], directory: 'reliability' },
	{ id: 'career', label: english['sections.career'], directory: 'career' },
	{ id: 'progress', label: english['sections.progress'], directory: 'progress' },
	{ id: 'study-guide', label: english['sections.study-guide'], link: '/study-guide/' },
	{ id: 'contribute', label: english['sections.contribute'], directory: 'contribute' },
];

/** Id of the docs page a section's sidebar entry leads to: its folder's index, or its linked page. */
export function sectionPageId(section: SectionConfig): string {
	if (section.directory) return section.directory;
	return (section.link ?? '/').replace(/^\/+|\/+$/g, '') || 'index';
}
