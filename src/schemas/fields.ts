import { z } from 'astro/zod';
import { spacedDownloadAdvice } from '../lib/file-names.ts';
import { EMAIL_ADDRESS } from '../lib/mailto.ts';

/* Field types shared by the collections, each with the message an editor sees when the value is wrong. */

/** A value as an editor wrote it, for "found ..." in messages. */
export function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return `the text "${input}"`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return `${input} (yes/no)`;
  if (Array.isArray(input)) return 'a list';
  return 'a group of fields';
}

/** A line of text that must not be empty. */
export const text = (example: string) =>
  z
    .string({ error: (issue) => `expected text, such as "${example}", but found ${describeFound(issue.input)}.` })
    .trim()
    // abort: an empty value is told only that, not also what a pattern expects of it.
    .min(1, { error: `must not be empty; write text such as "${example}".`, abort: true });

/** A four-digit year written as a number. */
export const year = z
  .int({
    error: (issue) => `expected a year written in digits, such as 2014, but found ${describeFound(issue.input)}.`,
  })
  .min(1900, { error: (issue) => `expected a year between 1900 and 2100, but found ${String(issue.input)}.` })
  .max(2100, { error: (issue) => `expected a year between 1900 and 2100, but found ${String(issue.input)}.` });

/** A whole number that is 1 or more, used to order entries. */
export const position = z
  .int({ error: (issue) => `expected a whole number such as 1 or 2, but found ${describeFound(issue.input)}.` })
  .min(1, { error: (issue) => `expected a whole number of 1 or more, but found ${String(issue.input)}.` });

/** How many years something ran, the first included: 1 for one year. */
export const yearCount = z
  .int({ error: (issue) => `expected a number of years such as 1 or 2, but found ${describeFound(issue.input)}.` })
  .min(1, { error: (issue) => `expected a number of years from 1 to 50, but found ${String(issue.input)}.` })
  .max(50, { error: (issue) => `expected a number of years from 1 to 50, but found ${String(issue.input)}.` });

const HTTPS_EXPECTED = 'a full web address starting with https://, such as https://www.ala.org/';

/**
 * isHttpsUrl as a pattern the CMS form runs while the editor types; it may refuse more, never less
 * (tests/unit/cms-config.test.ts tries a few addresses with both).
 */
export const HTTPS_URL_PATTERN = /^https:\/\/[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?$/;

/** An absolute web address that starts with https://. */
export const httpsUrl = z
  .string({
    error: (issue) => `expected a web address starting with https://, but found ${describeFound(issue.input)}.`,
  })
  .refine(isHttpsUrl, {
    error: (issue) => `expected ${HTTPS_EXPECTED}, but found "${String(issue.input)}".`,
  })
  .meta({ pattern: HTTPS_URL_PATTERN.source, patternMessage: `Expected ${HTTPS_EXPECTED}.` });

/** True when the text is a well-formed https:// address with a host name. */
export function isHttpsUrl(value: string): boolean {
  const url = /^https:\/\/\S+$/.test(value) ? URL.parse(value) : null;
  return url?.protocol === 'https:' && url.hostname.includes('.');
}

/** Text with exactly one e-mail address in it and no other "@": the form's pattern and the schema's check. */
const ONE_ADDRESS = new RegExp(`^[^@]*${EMAIL_ADDRESS.source}[^@]*$`);
const EVERY_ADDRESS = new RegExp(EMAIL_ADDRESS.source, 'g');

/** A sentence that holds the one e-mail address it invites visitors to write to: the build makes it a link. */
export const sentenceWithAddress = (example: string) =>
  text(example)
    .regex(ONE_ADDRESS, {
      error: (issue) => {
        const value = String(issue.input);
        const addresses = value.match(EVERY_ADDRESS) ?? [];
        const found =
          addresses.length === 0
            ? 'no e-mail address'
            : addresses.length > 1
              ? `${addresses.length} addresses (${addresses.join(', ')})`
              : `an "@" besides the address ${addresses[0]}`;
        return `expected a sentence with exactly one e-mail address, which becomes the e-mail link, such as "${example}", but found ${found} in "${value}".`;
      },
    })
    .meta({
      patternMessage:
        'Expected a sentence with exactly one e-mail address, such as publicprograms@ala.org, which becomes the e-mail link.',
    });

/**
 * The kinds of file /downloads/ may hold: documents a browser saves or shows, never runs. A page
 * (.html, .svg) served from this origin could run script beside /admin/, where the CMS keeps the
 * editor's git token. Lowercase, as the CMS writes an uploaded file's name.
 */
export const DOWNLOAD_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub', 'txt', 'csv', 'zip'];

const DOTTED = DOWNLOAD_EXTENSIONS.map((ext) => `.${ext}`);

/** ".pdf, .docx, ... or .zip" */
export const DOWNLOAD_KINDS = `${DOTTED.slice(0, -1).join(', ')} or ${DOTTED.at(-1)}`;

/** /downloads/guide.pdf */
export const DOWNLOAD_PATH = new RegExp(
  String.raw`^\/downloads\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\.(?:${DOWNLOAD_EXTENSIONS.join('|')})$`,
);

const OTHER_DOWNLOAD = /^\/downloads\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*(\.[A-Za-z0-9]+)?$/;

/** The message for a download that is not one of DOWNLOAD_EXTENSIONS. */
export function downloadKindAdvice(value: string): string {
  return (
    `"${value}" is not a kind of file this site offers for download: a file in the downloads folder must end in ${DOWNLOAD_KINDS}. ` +
    'A web page or picture (.html, .svg) is refused because a browser could run code in it; save the document as PDF and link that.'
  );
}

const LINK_EXPECTED =
  "a web address starting with https:// or a file in this site's downloads folder such as /downloads/guide.pdf";

/** Either an https:// address or a file of this site under /downloads/. */
export const link = z
  .string({
    error: (issue) =>
      `expected a web address starting with https:// or a file path such as /downloads/guide.pdf, but found ${describeFound(issue.input)}.`,
  })
  .refine((value) => isHttpsUrl(value) || DOWNLOAD_PATH.test(value), {
    error: (issue) => {
      const value = String(issue.input);
      if (value.startsWith('/downloads/') && /\s/.test(value))
        return `the file name in "${value}" has a space, and a web address cannot: ${spacedDownloadAdvice(value.trim())}.`;
      if (OTHER_DOWNLOAD.test(value)) return downloadKindAdvice(value);
      return `expected ${LINK_EXPECTED}, but found "${value}".`;
    },
  })
  .meta({
    pattern: `(?:${HTTPS_URL_PATTERN.source})|(?:${DOWNLOAD_PATH.source})`,
    patternMessage: `Expected ${LINK_EXPECTED}; a file must end in ${DOWNLOAD_KINDS}.`,
    uploadFolder: '/downloads/',
    uploadKinds: DOTTED.join(','),
  });

/** A strict group of fields: a misspelled or unknown field is an error, never ignored. */
export function fields<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: check its spelling. The fields allowed here are: ${known}.`
        : `expected a group of fields (${known}), but found ${describeFound(issue.input)}.`,
  });
}

/** A named organisation; its web address is optional: none may be invented. */
export const organization = fields({
  name: text('Harwood Institute for Public Innovation')
    .describe("The organisation's name, as the source gives it.")
    .meta({ title: 'Name' }),
  url: httpsUrl.optional().describe('Its web site (https://), only when verified.').meta({ title: 'Web site' }),
});

/** A source for a fact shown on a page. */
export const source = fields({
  title: text('Attend a training, American Library Association')
    .describe('What the source is: the words of its link in the "Sources" list.')
    .meta({ title: 'Source name' }),
  url: httpsUrl.describe('Where the source can be read (https://).').meta({ title: 'Web address' }),
});

export type Source = z.output<typeof source>;

/** At least one: no page shows facts without saying where they come from. */
export const sources = z
  .array(source, {
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? `this page shows facts, so it must list at least one source, but found ${describeFound(issue.input)}: add a sources: list with one item per source, each with title: and url: (see docs/editing.md).`
        : `expected a list (lines that start with "- "), but found ${describeFound(issue.input)}.`,
  })
  .min(1, {
    error:
      'this page shows facts, so it must list at least one source, but found an empty list: add one item per source, each with title: and url: (see docs/editing.md).',
  })
  .describe('Where the facts on the page come from, listed under "Sources": at least one.');
