import { z } from 'astro/zod';
import { fields, httpsUrl, organization, position, source, text, year } from './fields';

/** The years a phase ran, first and last, both included. */
const years = fields({
  /** The first year, in digits: 2014. */
  start: year,
  /** The last year, in digits: 2015. Not before the first year. */
  end: year,
}).refine((value) => value.end >= value.start, {
  path: ['end'],
  error: (issue) => {
    const value = issue.input as { start: number; end: number };
    return `the end year (${value.end}) is before the start year (${value.start}); the end year must be the same as the start year or later.`;
  },
});

/** One phase of LTC: the frontmatter of an MDX file in content/phases/. */
export const phaseSchema = fields({
  /** The page's main heading and title. */
  title: text('Phase 1: Libraries Transforming Communities (2014-15)'),
  /** The short name in the navigation, the timeline and the feedback subject. */
  label: text('Phase 1'),
  /** The years the phase ran. */
  years,
  /** Where the phase stands among the phases: 1 comes first. Each phase needs its own number. */
  order: position,
  /** One sentence for the timeline, the phase links and the search-result description. */
  summary: text('Learn more about Libraries Transforming Communities Phase 1.'),
  /** Organisations that ran the phase with ALA. */
  partners: z.array(organization).default([]),
  /** Organisations whose grants made the phase possible. */
  funders: z.array(organization).default([]),
  /** ALA's official page about the phase (https://). */
  learnMore: httpsUrl,
  /** Where the facts on the page that are not from ALA's About page come from. */
  sources: z.array(source).default([]),
});

export type PhaseData = z.output<typeof phaseSchema>;
