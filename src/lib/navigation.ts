/** One link of the main navigation: its text and the page's path, with the base path. */
interface NavLink {
  label: string;
  href: string;
}

/** The most phases the header names one by one. */
export const MAX_NAV_PHASES = 6;

/**
 * The overview, then each phase; past MAX_NAV_PHASES one link to the timeline stands for them, so a
 * phone's header stays short and no page's weight grows with the phases.
 */
export function mainNavigation(overview: NavLink, phases: readonly NavLink[], allPhases: NavLink): NavLink[] {
  return [overview, ...(phases.length <= MAX_NAV_PHASES ? phases : [allPhases])];
}
