/** One link of the main navigation. */
export interface NavLink {
  /** The link text. */
  label: string;
  /** The page's path, with the base path. */
  href: string;
}

/** The most phases the header names one by one. */
export const MAX_NAV_PHASES = 6;

/**
 * The header's links: the overview, then each phase. Past MAX_NAV_PHASES phases a single link to
 * the overview's timeline stands for them, so a phone's header stays short and no page's weight
 * grows with the number of phases (every page carries the header).
 */
export function mainNavigation(overview: NavLink, phases: readonly NavLink[], allPhases: NavLink): NavLink[] {
  return [overview, ...(phases.length <= MAX_NAV_PHASES ? phases : [allPhases])];
}
