import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { overviewSchema } from '../../src/schemas/overview';
import { phaseSchema } from '../../src/schemas/phase';
import { DOWNLOAD_EXTENSIONS, DOWNLOAD_KINDS, downloadKindAdvice } from '../../src/schemas/fields';
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
const settings = readFields(contentFiles(fixture, 'site')[0]!) as Record<string, unknown>;

describe.each([
  { name: 'the real content', dir: ROOT },
  { name: 'the fixture content', dir: fixture },
])('$name', ({ dir }) => {
  it.each(contentFiles(dir, 'phases'))('%s matches the phase schema', (path) => {
    expect(problems(phaseSchema, readFields(path))).toEqual([]);
  });
  it.each(contentFiles(dir, 'resources'))('%s matches the resource schema', (path) => {
    expect(problems(resourceSchema, readFields(path))).toEqual([]);
  });
  it.each(contentFiles(dir, 'overview'))('%s matches the overview schema', (path) => {
    expect(problems(overviewSchema, readFields(path))).toEqual([]);
  });
  it.each(contentFiles(dir, 'site'))('%s matches the settings schema', (path) => {
    expect(problems(settingsSchema, readFields(path))).toEqual([]);
  });
});

describe('the phase schema tells an editor what is wrong', () => {
  it('a missing field', () => {
    const { title: _title, ...rest } = phase1;
    expect(problems(phaseSchema, rest)).toEqual([
      'title: expected text, such as "Phase 1: Libraries Transforming Communities (2014-15)", but found nothing (the field is missing).',
    ]);
  });

  it('an unknown or misspelled field', () => {
    expect(problems(phaseSchema, { ...phase1, titel: 'Phase 1' })).toEqual([
      ': unknown field "titel": check its spelling. The fields allowed here are: title, label, years, order, summary, partners, funders, learnMore, sources.',
    ]);
  });

  it('a year written as words', () => {
    expect(problems(phaseSchema, { ...phase1, years: { start: 'twenty fourteen', end: 2015 } })).toEqual([
      'years.start: expected a year written in digits, such as 2014, but found the text "twenty fourteen".',
    ]);
  });

  it('an end year before the start year', () => {
    expect(problems(phaseSchema, { ...phase1, years: { start: 2016, end: 2013 } })).toEqual([
      'years.end: the end year (2013) is before the start year (2016); the end year must be the same as the start year or later.',
    ]);
  });

  it('an order that is not a whole number', () => {
    expect(problems(phaseSchema, { ...phase1, order: 1.5 })).toEqual([
      'order: expected a whole number such as 1 or 2, but found the number 1.5.',
    ]);
  });

  it('a web address that is not https', () => {
    expect(problems(phaseSchema, { ...phase1, learnMore: 'http://www.ala.org/ltc' })).toEqual([
      'learnMore: expected a full web address starting with https://, such as https://www.ala.org/, but found "http://www.ala.org/ltc".',
    ]);
  });

  it('a malformed web address in a source', () => {
    expect(problems(phaseSchema, { ...phase1, sources: [{ title: 'ALA', url: 'https//www.ala.org' }] })).toEqual([
      'sources.0.url: expected a full web address starting with https://, such as https://www.ala.org/, but found "https//www.ala.org".',
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
  it('accepts a file of the downloads folder', () => {
    expect(problems(resourceSchema, { ...guide, href: '/downloads/leading-conversations.pdf' })).toEqual([]);
  });

  it('accepts each kind of document the downloads folder may hold', () => {
    for (const ext of DOWNLOAD_EXTENSIONS) {
      expect(problems(resourceSchema, { ...guide, href: `/downloads/guide.${ext}` }), ext).toEqual([]);
    }
  });

  it('refuses a download a browser could run as a page, naming the kinds allowed', () => {
    for (const href of [
      '/downloads/page.html',
      '/downloads/picture.svg',
      '/downloads/a/b.htm',
      '/downloads/guide.PDF',
      '/downloads/guide',
    ]) {
      expect(problems(resourceSchema, { ...guide, href }), href).toEqual([`href: ${downloadKindAdvice(href)}`]);
      expect(downloadKindAdvice(href)).toContain(DOWNLOAD_KINDS);
    }
  });

  it('refuses a site path outside the downloads folder and a plain http address', () => {
    for (const href of ['/guide.pdf', 'downloads/guide.pdf', 'http://www.ala.org/guide.pdf']) {
      expect(problems(resourceSchema, { ...guide, href })).toEqual([
        `href: expected a web address starting with https:// or a file in this site's downloads folder such as /downloads/guide.pdf, but found "${href}".`,
      ]);
    }
  });

  it('refuses an unknown kind, listing the allowed ones', () => {
    expect(problems(resourceSchema, { ...guide, kind: 'video' })).toEqual([
      'kind: expected one of "course" or "guide", but found "video".',
    ]);
  });
});

describe('the settings schema', () => {
  const feedback = settings['feedback'] as Record<string, string>;

  it('refuses a feedback address that is not an email', () => {
    expect(
      problems(settingsSchema, { ...settings, feedback: { ...feedback, email: 'publicprograms at ala.org' } }),
    ).toContain(
      'feedback.email: expected an email address such as publicprograms@ala.org, but found the text "publicprograms at ala.org".',
    );
  });

  it('refuses a feedback sentence that does not contain the address', () => {
    const other = { email: 'someone@example.org', sentence: 'Write to us.' };
    expect(problems(settingsSchema, { ...settings, feedback: other })).toEqual([
      'feedback.sentence: the feedback sentence must contain the feedback address (someone@example.org), so that it can become a link.',
    ]);
  });
});

describe('the rules for pages that show facts', () => {
  const overview = readFields(contentFiles(fixture, 'overview')[0]!) as Record<string, unknown>;

  it('a phase and the overview must list at least one source', () => {
    const { sources: _sources, ...withoutSources } = phase1;
    expect(problems(phaseSchema, withoutSources)).toHaveLength(1);
    expect(problems(phaseSchema, { ...phase1, sources: [] })[0]).toMatch(/^sources: .*at least one source.*empty list/);
    expect(problems(overviewSchema, { ...overview, sources: [] })[0]).toMatch(/^sources: .*at least one source/);
  });

  it('an empty summary or description is refused', () => {
    expect(problems(phaseSchema, { ...phase1, summary: '' })[0]).toMatch(/^summary: must not be empty/);
    expect(problems(overviewSchema, { ...overview, description: null })[0]).toMatch(/^description: expected text/);
  });

  it("a title's years in parentheses must be the phase's years; a title without years is fine", () => {
    const years = phase1['years'] as { start: number; end: number };
    const later = { ...years, end: years.end + 5 };
    const [problem] = problems(phaseSchema, { ...phase1, years: later });
    expect(problem).toMatch(/^years: the title says /);
    expect(problems(phaseSchema, { ...phase1, title: 'Phase 1', years: later })).toEqual([]);
  });
});

describe('a download path with a space', () => {
  it('says the space is the problem and gives the dashed name', () => {
    expect(problems(resourceSchema, { ...guide, href: '/downloads/Leading Conversations.pdf' })[0]).toMatch(
      /^href: .*has a space.*\/downloads\/leading-conversations\.pdf/,
    );
  });
});
