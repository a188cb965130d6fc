import { z } from 'astro/zod';
import { fields, httpsUrl, sources, text } from './fields';

/** The home page: the frontmatter of content/overview/index.mdx. */
export const overviewSchema = fields({
  /** The page's main heading and title. */
  title: text('About Libraries Transforming Communities (LTC)'),
  /** The short name in the navigation and the feedback subject. */
  label: text('Overview'),
  /** One or two sentences for search results and link previews. */
  description: text('Libraries Transforming Communities (LTC) seeks to strengthen libraries.'),
  /** The short line shown under the heading. */
  tagline: text('Communities have challenges. Libraries can help.'),
  /** ALA's official page about LTC (https://). */
  learnMore: httpsUrl,
  /** Where the facts on the page come from: at least one. */
  sources,
});

export type OverviewData = z.output<typeof overviewSchema>;
