/** The most phases the header names one by one. */
export const MAX_NAV_PHASES = 6;

/**
 * The links of the main navigation: the overview, then each phase; past MAX_NAV_PHASES one link to the
 * timeline stands for them, so a phone's header stays short and no page's weight grows with the phases.
 */
export function mainNavigation<Link>(overview: Link, phases: readonly Link[], allPhases: Link): Link[] {
  return [overview, ...(phases.length <= MAX_NAV_PHASES ? phases : [allPhases])];
}
