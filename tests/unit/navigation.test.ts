import { expect, it } from 'vitest';
import { MAX_NAV_PHASES, mainNavigation } from '../../src/lib/navigation';

const overview = { label: 'Overview', href: '/' };
const all = { label: 'All phases', href: '/#timeline-heading' };
const phases = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ label: `Phase ${i + 1}`, href: `/phase-${i + 1}/` }));

it(`mainNavigation names up to ${MAX_NAV_PHASES} phases one by one, and links to the timeline instead when there are more, so every page stays the same size`, () => {
  expect(mainNavigation(overview, phases(MAX_NAV_PHASES), all)).toHaveLength(MAX_NAV_PHASES + 1);
  expect(mainNavigation(overview, phases(MAX_NAV_PHASES + 1), all)).toEqual([overview, all]);
  expect(mainNavigation(overview, phases(5000), all)).toEqual([overview, all]);
});
