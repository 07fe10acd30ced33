/** How much of the course every page's sidebar lists (DEVOPS_PATH_SIDEBAR). */
export const sidebarModes = ['auto', 'full', 'section'] as const;
export type SidebarMode = (typeof sidebarModes)[number];

/**
 * From this many lessons on, `auto` gives each page only its own section's lessons. Below it the
 * whole course fits in one glance and costs little (about 280 bytes of HTML per lesson on every
 * page); above it the full list is longer than anyone scans and outweighs a lesson's own text.
 */
export const SECTION_SIDEBAR_FROM = 100;
