import { z } from 'astro/zod';
import { type BuildOnlyRules, email, fields, text } from './fields.ts';

/** Site-wide words that editors own: content/site/settings.yaml. */
export const settingsSchema = fields({
  siteName: text('Libraries Transforming Communities').describe(
    "The site's name, in the header, page titles and the feedback e-mail's subject.",
  ),
  shortName: text('LTC').describe("The site's short name."),
  publisher: fields({
    name: text('American Library Association').describe("The publisher's full name."),
    shortName: text('ALA').describe("The publisher's short name, used in page titles."),
  }).describe('Who publishes the site, named in the footer.'),
  feedback: fields({
    email: email.describe('The address that receives feedback.').meta({ title: 'Feedback address' }),
    sentence: text('We welcome your feedback! Please write to publicprograms@ala.org.')
      .describe('The sentence that invites feedback; it must contain the address, which becomes the e-mail link.')
      .meta({ title: 'Feedback sentence' }),
  })
    .refine((value) => value.sentence.includes(value.email), {
      path: ['sentence'],
      error: (issue) => {
        const value = issue.input as { email: string };
        return `the feedback sentence must contain the feedback address (${value.email}), so that it can become a link.`;
      },
    })
    .describe('The feedback block at the end of every page.'),
}).describe('Site-wide words: the pages pick them up on the next build.');

/** The refinement above, which the CMS form cannot check (see phaseBuildOnly). */
export const settingsBuildOnly: BuildOnlyRules = {
  feedback: ['the feedback sentence must contain the feedback address'],
};

export type SettingsData = z.output<typeof settingsSchema>;
