import { z } from 'astro/zod';
import { yearRange, yearsInTitle } from '../lib/timeline.ts';
import { type BuildOnlyRules, fields, httpsUrl, organization, position, sources, text, year } from './fields.ts';

/** The years a phase ran, first and last, both included. */
const years = fields({
  start: year.describe('The first year, in digits: 2014.').meta({ title: 'First year' }),
  end: year.describe('The last year, in digits: the same as the first year or later.').meta({ title: 'Last year' }),
}).refine((value) => value.end >= value.start, {
  path: ['end'],
  error: (issue) => {
    const value = issue.input as { start: number; end: number };
    return `the end year (${value.end}) is before the start year (${value.start}); the end year must be the same as the start year or later.`;
  },
});

/** One phase of LTC: the frontmatter of an MDX file in content/phases/. */
export const phaseSchema = fields({
  title: text('Phase 1: Libraries Transforming Communities (2014-15)')
    .describe("The page's main heading and title. Years in parentheses must be the years below.")
    .meta({ title: 'Page title' }),
  label: text('Phase 1')
    .describe("The short name in the navigation, the timeline and the feedback e-mail's subject.")
    .meta({ title: 'Short name' }),
  years: years.describe('The years the phase ran.'),
  order: position
    .describe('Where the phase stands among the phases: 1 comes first. Each phase needs its own number.')
    .meta({ title: 'Position' }),
  summary: text('Learn more about Libraries Transforming Communities Phase 1.').describe(
    'One sentence for the timeline, the phase links and search results.',
  ),
  partners: z.array(organization).default([]).describe('Organisations that ran the phase with ALA.'),
  funders: z.array(organization).default([]).describe('Organisations whose grants made the phase possible.'),
  learnMore: httpsUrl
    .describe("ALA's official page about the phase (https://).")
    .meta({ title: "ALA's page about the phase" }),
  sources,
})
  .refine((phase) => titleYearsAgree(phase.title, phase.years), {
    path: ['years'],
    error: (issue) => {
      const phase = issue.input as { title: string; years: { start: number; end: number } };
      const said = yearsInTitle(phase.title);
      return `the title says (${said ? yearRange(said) : ''}) but years: says ${yearRange(phase.years)} (start: ${phase.years.start}, end: ${phase.years.end}), which the Key facts and the timeline show: make them agree, in the title or under years:.`;
    },
  })
  .describe('One page per phase of LTC, with its own address and a link in the navigation.');

/** True when the title names no years in parentheses, or names the phase's years. */
function titleYearsAgree(title: string, years: { start: number; end: number }): boolean {
  const said = yearsInTitle(title);
  // An end before the start is reported by years itself.
  if (said === undefined || years.end < years.start) return true;
  return said.start === years.start && said.end === years.end;
}

/** The refinements above, which the CMS form cannot check: its description names them (src/cms/build-only.ts). */
export const phaseBuildOnly: BuildOnlyRules = {
  '': ['years in parentheses in the title must be the years under Years'],
  years: ['the end year must be the same as the start year or later'],
};

export type PhaseData = z.output<typeof phaseSchema>;
