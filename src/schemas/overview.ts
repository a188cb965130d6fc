import { fields, httpsUrl, sources, text } from './fields.ts';

/** The home page: the frontmatter of content/overview/index.mdx. */
export const overviewSchema = fields({
  title: text('About Libraries Transforming Communities (LTC)')
    .describe("The page's main heading and title.")
    .meta({ title: 'Page title' }),
  label: text('Overview')
    .describe(
      "The short name in the navigation and in the feedback e-mail's subject. The build refuses a short name that a phase has too (capitals and spaces aside).",
    )
    .meta({ title: 'Short name' }),
  description: text('Libraries Transforming Communities (LTC) seeks to strengthen libraries.')
    .describe('One or two sentences for search results and link previews.')
    .meta({ title: 'Description for search results' }),
  tagline: text('Communities have challenges. Libraries can help.').describe('The short line shown under the heading.'),
  learnMore: httpsUrl.describe("ALA's official page about LTC (https://).").meta({ title: "ALA's page about LTC" }),
  sources,
}).describe('The home page: what LTC is, with the text below the heading.');
