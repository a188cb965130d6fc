import { fields, sentenceWithAddress, text } from './fields.ts';

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
    sentence: sentenceWithAddress('We welcome your feedback! Please write to publicprograms@ala.org.')
      .describe(
        'The sentence that invites feedback, with the one e-mail address that receives it: the address becomes the e-mail link.',
      )
      .meta({ title: 'Feedback sentence' }),
  }).describe('The feedback block at the end of every page.'),
}).describe('Site-wide words: the pages pick them up on the next build.');
