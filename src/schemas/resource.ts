import { z } from 'astro/zod';
import { fields, link, position, source, text } from './fields';

/** The pictures a resource card can show; each is an inline SVG drawn by ResourceGraphic. */
export const RESOURCE_KINDS = ['course', 'guide'] as const;

/** One call-to-action card: a YAML file in content/resources/. */
export const resourceSchema = fields({
  /** The resource's full name. */
  title: text('Leading Conversations in Small and Rural Libraries'),
  /** What it is: "course" (shows a person on a screen) or "guide" (shows a document). */
  kind: z.enum(RESOURCE_KINDS, {
    error: (issue) =>
      `expected one of ${RESOURCE_KINDS.map((kind) => `"${kind}"`).join(' or ')}, but found ${JSON.stringify(issue.input)}.`,
  }),
  /** Where the card stands among the cards: 1 comes first. */
  order: position,
  /** The sentence on the card, from ALA's page. */
  sentence: text('Get started with the free e-course.'),
  /** The text a screen reader says for the card's picture. */
  graphicAlt: text('graphic of a document with a download arrow'),
  /** The words of the card's link. */
  actionLabel: text('Start the free e-course'),
  /** Where the link goes: an https:// address, or a file in public/downloads/ written as /downloads/name.pdf. */
  href: link,
  /** Where the card's link and facts were verified; listed under "Sources" on every page. */
  source: source.optional(),
});

export type ResourceData = z.output<typeof resourceSchema>;
