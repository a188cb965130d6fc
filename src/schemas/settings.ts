import { z } from 'astro/zod';
import { email, fields, text } from './fields';

/** Site-wide words that editors own: content/site/settings.yaml. */
export const settingsSchema = fields({
  /** The site's name, in the header, page titles and the feedback subject. */
  siteName: text('Libraries Transforming Communities'),
  /** The site's short name. */
  shortName: text('LTC'),
  /** Who publishes the site, named in the footer. */
  publisher: fields({
    /** The publisher's full name. */
    name: text('American Library Association'),
    /** The publisher's short name, used in page titles. */
    shortName: text('ALA'),
  }),
  /** The feedback block at the end of every page. */
  feedback: fields({
    /** The address that receives feedback. */
    email,
    /** The sentence that invites feedback; it must contain the address. */
    sentence: text('We welcome your feedback! Please write to publicprograms@ala.org.'),
  }).refine((value) => value.sentence.includes(value.email), {
    path: ['sentence'],
    error: (issue) => {
      const value = issue.input as { email: string };
      return `the feedback sentence must contain the feedback address (${value.email}), so that it can become a link.`;
    },
  }),
});

export type SettingsData = z.output<typeof settingsSchema>;
