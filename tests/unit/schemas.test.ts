import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { overviewSchema } from '../../src/schemas/overview';
import { phaseSchema } from '../../src/schemas/phase';
import { DOWNLOAD_EXTENSIONS, downloadKindAdvice } from '../../src/schemas/fields';
import { resourceSchema } from '../../src/schemas/resource';
import { settingsSchema } from '../../src/schemas/settings';
import { join } from 'node:path';
import { contentFiles, readFields } from '../support/site-content';
import { FIXTURE_SITE_NAME, ROOT } from '../support/temp-site';

/** The messages an editor would read, one line per problem: "field: message". */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

// Valid entries to break one field at a time: the fixture site's, which no editor changes.
const fixture = join(ROOT, 'tests', 'fixtures', FIXTURE_SITE_NAME);
const phase1 = readFields(contentFiles(fixture, 'phases')[0]!) as Record<string, unknown>;
const guide = readFields(join(fixture, 'content', 'resources', 'handbook.yaml')) as Record<string, unknown>;

/* The catalogue of editor mistakes (tests/editor-mistakes.ts) holds the usual mistakes; these are the others. */
describe('the phase schema tells an editor what is wrong', () => {
  it('a number of years that is not a whole number', () => {
    expect(problems(phaseSchema, { ...phase1, years: { start: 2014, count: 1.5 } })).toEqual([
      'years.count: expected a number of years such as 1 or 2, but found the number 1.5.',
    ]);
  });

  it('a misspelled field inside a partner', () => {
    expect(problems(phaseSchema, { ...phase1, partners: [{ nmae: 'Harwood' }] })).toEqual([
      'partners.0.name: expected text, such as "Harwood Institute for Public Innovation", but found nothing (the field is missing).',
      'partners.0: unknown field "nmae": check its spelling. The fields allowed here are: name, url.',
    ]);
  });
});

describe('the resource schema', () => {
  it('accepts each kind of document the downloads folder may hold', () => {
    for (const ext of DOWNLOAD_EXTENSIONS)
      expect(problems(resourceSchema, { ...guide, href: `/downloads/guide.${ext}` }), ext).toEqual([]);
  });

  it('refuses a download a browser could run as a page, naming the kinds allowed', () => {
    for (const href of [
      '/downloads/page.html',
      '/downloads/picture.svg',
      '/downloads/a/b.htm',
      '/downloads/guide.PDF',
      '/downloads/guide',
    ])
      expect(problems(resourceSchema, { ...guide, href }), href).toEqual([`href: ${downloadKindAdvice(href)}`]);
  });

  it('refuses a site path outside the downloads folder and a plain http address', () => {
    for (const href of ['/guide.pdf', 'downloads/guide.pdf', 'http://www.ala.org/guide.pdf'])
      expect(problems(resourceSchema, { ...guide, href })).toEqual([
        `href: expected a web address starting with https:// or a file in this site's downloads folder such as /downloads/guide.pdf, but found "${href}".`,
      ]);
  });

  it('refuses an unknown kind, listing the allowed ones', () => {
    expect(problems(resourceSchema, { ...guide, kind: 'video' })).toEqual([
      'kind: expected one of "course" or "guide", but found "video".',
    ]);
  });
});

describe('the rules for pages that show facts', () => {
  const overview = readFields(contentFiles(fixture, 'overview')[0]!) as Record<string, unknown>;

  it('an empty value is refused as text that is missing', () => {
    expect(problems(overviewSchema, { ...overview, description: null })[0]).toMatch(/^description: expected text/);
  });

  it("a phase's title may hold years, but not in parentheses at its end, where the page adds them", () => {
    for (const title of ['Phase 1 (2014-15) and after', 'Phase 1: the 2014 cohort', 'About LTC (LTC)'])
      expect(problems(phaseSchema, { ...phase1, title }), title).toEqual([]);
    for (const title of ['Phase 1 (2014)', 'Phase 1 (2014–2015) ', 'Phase 1 ( 2016 - 18 )'])
      expect(problems(phaseSchema, { ...phase1, title })[0], title).toMatch(
        /^title: .* ends with years in parentheses/,
      );
  });
});

describe('the feedback sentence', () => {
  const sentence = (value: string) => problems(settingsSchema.shape.feedback, { sentence: value });

  it('holds exactly one e-mail address, and says what it found instead', () => {
    expect(sentence('Write to a.b+c@ala.org.uk, any time.')).toEqual([]);
    expect(sentence('Write to a@ala.org or b@ala.org.')[0]).toContain('but found 2 addresses (a@ala.org, b@ala.org)');
    expect(sentence('Write to a@ala.org, or @ala on social media.')[0]).toContain(
      'but found an "@" besides the address a@ala.org',
    );
  });
});
