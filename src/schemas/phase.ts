import { z } from 'astro/zod';
import { fields, httpsUrl, organization, sources, text, year, yearCount } from './fields.ts';

/** Years in parentheses at the end of a title, "(2014-15)": the page adds them from years, so they are written once. */
const YEARS_AT_END = String.raw`\(\s*\d{4}(?:\s*[-–]\s*\d{2,4})?\s*\)\s*$`;

/** A title with words and no years in parentheses at its end: the form's pattern and the schema's check. */
const TITLE_WITHOUT_YEARS = new RegExp(String.raw`^(?![\s\S]*${YEARS_AT_END})\s*\S[\s\S]*$`);

/** One phase of LTC: the frontmatter of an MDX file in content/phases/. */
export const phaseSchema = fields({
  title: text('Phase 1: Libraries Transforming Communities')
    .regex(TITLE_WITHOUT_YEARS, {
      error: (issue) =>
        `the title "${String(issue.input)}" ends with years in parentheses, which the page adds by itself from years: (start and count): remove them from the title.`,
    })
    .describe("The page's main heading and title, without the years: the page adds them, such as (2014-15).")
    .meta({
      title: 'Page title',
      patternMessage: 'Expected a title without years in parentheses at its end: they are added from the Years fields.',
    }),
  label: text('Phase 1')
    .describe(
      "The short name in the navigation, the timeline and the feedback e-mail's subject. Each page needs its own: the build refuses a short name that another phase or the home page has (capitals and spaces aside).",
    )
    .meta({ title: 'Short name' }),
  years: fields({
    start: year.describe('The first year the phase ran, in digits: 2014.').meta({ title: 'First year' }),
    count: yearCount
      .describe('How many years the phase ran, the first included: 1 for 2014 alone, 2 for 2014-15.')
      .meta({ title: 'Number of years' }),
  }).describe('The years the phase ran, shown after the title, in the Key facts and on the timeline.'),
  summary: text('Learn more about Libraries Transforming Communities Phase 1.').describe(
    'One sentence for the timeline, the phase links and search results.',
  ),
  partners: z.array(organization).default([]).describe('Organisations that ran the phase with ALA.'),
  funders: z.array(organization).default([]).describe('Organisations whose grants made the phase possible.'),
  learnMore: httpsUrl
    .describe("ALA's official page about the phase (https://).")
    .meta({ title: "ALA's page about the phase" }),
  sources,
}).describe(
  'One page per phase of LTC, with its own address and a link in the navigation. The phases stand in the order of their first years (in one year, of their short names).',
);
