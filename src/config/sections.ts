/**
 * The learning path's sections, in learning order. `directory` is the folder under content/docs;
 * lessons are the pages with a `key` inside it. Sections without a directory are single pages.
 */
export interface SectionConfig {
	id: string;
	label: string;
	directory?: string;
	link?: string;
}

export const sections: readonly SectionConfig[] = [
	{ id: 'start-here', label: 'Start here', directory: 'start-here' },
	{ id: 'role', label: 'The role', directory: 'role' },
	{ id: 'fundamentals', label: 'Fundamentals', directory: 'fundamentals' },
	{ id: 'linux', label: 'Linux and the shell', directory: 'linux' },
	{ id: 'scripting', label: 'Scripting', directory: 'scripting' },
	{ id: 'git', label: 'Git in a team', directory: 'git' },
	{ id: 'networking', label: 'Networking', directory: 'networking' },
	{ id: 'cloud', label: 'Cloud on one provider', directory: 'cloud' },
	{ id: 'containers', label: 'Containers', directory: 'containers' },
	{ id: 'kubernetes', label: 'Kubernetes', directory: 'kubernetes' },
	{ id: 'terraform', label: 'Terraform', directory: 'terraform' },
	{ id: 'lifecycle', label: 'Lifecycle', directory: 'lifecycle' },
	{ id: 'releases', label: 'Release engineering', directory: 'releases' },
	{ id: 'operations', label: 'Running services', directory: 'operations' },
	{ id: 'observability', label: 'Observability in practice', directory: 'observability' },
	{ id: 'growth', label: 'Growth path', directory: 'growth' },
	{ id: 'security', label: 'Security', directory: 'security' },
	{ id: 'tools', label: 'Tools', directory: 'tools' },
	{ id: 'practice', label: 'Practice', directory: 'practice' },
	{ id: 'reliability', label: 'Reliability', directory: 'reliability' },
	{ id: 'career', label: 'Getting the job', directory: 'career' },
	{ id: 'progress', label: 'My progress', directory: 'progress' },
	{ id: 'study-guide', label: 'Study guide', link: '/study-guide/' },
	{ id: 'contribute', label: 'Contribute', directory: 'contribute' },
];


/** Id of the docs page a section's sidebar entry leads to: its folder's index, or its linked page. */
export function sectionPageId(section: SectionConfig): string {
	if (section.directory) return section.directory;
	return (section.link ?? '/').replace(/^\/+|\/+$/g, '') || 'index';
}
