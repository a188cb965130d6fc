import { z } from 'astro/zod';
import { fields, link, position, source, text } from './fields.ts';

/** The pictures a resource card can show; each is an inline SVG drawn by ResourceList. */
const RESOURCE_KINDS = ['course', 'guide'] as const;

/** One call-to-action card: a YAML file in content/resources/. */
export const resourceSchema = fields({
  title: text('Leading Conversations in Small and Rural Libraries')
    .describe("The resource's full name, the card's heading.")
    .meta({ title: 'Card title' }),
  kind: z
    .enum(RESOURCE_KINDS, {
      error: (issue) =>
        `expected one of ${RESOURCE_KINDS.map((kind) => `"${kind}"`).join(' or ')}, but found ${JSON.stringify(issue.input)}.`,
    })
    .describe("The card's picture: a person on a screen (course) or a document (guide).")
    .meta({ title: 'Kind of resource' }),
  order: position
    .describe(
      'Where the card stands among the cards: 1 comes first; cards with one number stand in the order of their titles.',
    )
    .meta({ title: 'Position' }),
  sentence: text('Get started with the free e-course.')
    .describe('The sentence on the card.')
    .meta({ title: 'Card sentence' }),
  graphicAlt: text('graphic of a document with a download arrow')
    .describe("What a screen reader says for the card's picture.")
    .meta({ title: 'Picture description' }),
  actionLabel: text('Start the free e-course').describe("The words of the card's link.").meta({ title: 'Link text' }),
  href: link
    .describe(
      'Where the link goes: a web address (https://), or a file of this site: upload it here (it is put in public/downloads/) or write its path, such as /downloads/leading-conversations.pdf, with no spaces in the name. The build checks that the file is in public/downloads/.',
    )
    .meta({ title: 'Link or download' }),
  source: source
    .optional()
    .describe('Where the card\'s link and facts were verified; listed under "Sources" at the end of every page.')
    .meta({ title: 'Where this was verified' }),
}).describe('The cards at the end of every page, such as the e-course and the guide.');
