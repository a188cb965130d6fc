import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { overviewSchema } from '../../src/schemas/overview';
import { phaseSchema } from '../../src/schemas/phase';
import { resourceSchema } from '../../src/schemas/resource';
import { settingsSchema } from '../../src/schemas/settings';
import { folderProblems } from '../../src/content-checks/content-folder';
import { checkLink, sitePages, spacedLinkProblems } from '../../src/content-checks/content-links';
import { formatMdxSyntaxError, formatSchemaIssues, formatYamlError } from '../../src/content-checks/entry-errors';
import { labelClashMessage } from '../../src/content-checks/entry-rules';
import { EMPTY_PAGE, levelOneHeading } from '../../src/content-checks/mdx-checks';
import {
  codeAmongAttributes,
  codeInAttribute,
  codeInBraces,
  codeLine,
  FRAGMENT,
  noteInTag,
} from '../../src/content-checks/mdx-code';
import { loadingAttribute, rawHtmlProblems } from '../../src/content-checks/raw-html';
import { wordlessHeading, wordlessLink } from '../../src/content-checks/wordless';
import { ROOT } from '../support/temp-site';
import { schemaFields } from '../support/schema-fields';

/*
 * docs/editing.md is the editors' reference: every field of every collection must be in it,
 * and it must describe no field that the schemas no longer have.
 */

/** Each collection's schema and the folder its section of the guide is headed by. */
const COLLECTIONS = [
  { file: 'overview.ts', folder: 'content/overview/', schema: overviewSchema },
  { file: 'phase.ts', folder: 'content/phases/', schema: phaseSchema },
  { file: 'resource.ts', folder: 'content/resources/', schema: resourceSchema },
  { file: 'settings.ts', folder: 'content/site/', schema: settingsSchema },
];

const guide = readFileSync(join(ROOT, 'docs', 'editing.md'), 'utf8');

/** The field reference's section for a folder: from its "###" heading to the next heading. */
function referenceSection(folder: string): string {
  const reference = guide.slice(guide.indexOf('## Field reference'));
  const start = reference.split('\n').findIndex((line) => line.startsWith('### ') && line.includes(folder));
  if (start === -1) return '';
  const lines = reference.split('\n').slice(start + 1);
  const end = lines.findIndex((line) => line.startsWith('#'));
  return lines.slice(0, end === -1 ? undefined : end).join('\n');
}

/** The field names in the first column of a section's table: | `years.start` | … */
function documentedFields(section: string): string[] {
  return section
    .split('\n')
    .map((line) => /^\|\s*`([^`]+)`\s*\|/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

describe('schemaFields', () => {
  it('names nested fields with a dot and the fields of list items with []', () => {
    const schema = z.strictObject({
      title: z.string(),
      years: z.object({ start: z.number(), end: z.number() }).refine(() => true),
      partners: z.array(z.object({ name: z.string(), url: z.string().optional() })).default([]),
    });
    expect(schemaFields(schema)).toEqual([
      'title',
      'years',
      'years.start',
      'years.end',
      'partners',
      'partners[].name',
      'partners[].url',
    ]);
  });
});

describe('docs/editing.md', () => {
  it('has a reference section for every schema in src/schemas/', () => {
    const schemaFiles = readdirSync(join(ROOT, 'src', 'schemas')).filter((file) => file !== 'fields.ts');
    expect(schemaFiles.sort()).toEqual(COLLECTIONS.map((c) => c.file).sort());
  });

  for (const { folder, schema } of COLLECTIONS) {
    it(`describes every field of ${folder} in its table, and no other`, () => {
      const section = referenceSection(folder);
      expect(section, `docs/editing.md has no "### … ${folder}" heading under "## Field reference"`).not.toBe('');
      expect(documentedFields(section).sort()).toEqual(schemaFields(schema).sort());
    });
  }
});

/*
 * Every message an editor can read for issue 8's mistakes is quoted in the guide's "Build errors"
 * section: each sample below is what the code says for the guide's example, so a change to a
 * message fails here until the guide shows the new wording.
 */
const PHASE = 'content/phases/phase-1.mdx';
const at = (line: number) => `${PHASE}, line ${line}: `;
const noPages = { pages: sitePages(['phase-1', 'phase-2']), isPublicFile: () => false, base: '/' };
/** The guide's example phase, written here rather than read from content/, which editors change. */
const samplePhase: Record<string, unknown> = {
  title: 'Phase 1: Libraries Transforming Communities (2014-15)',
  label: 'Phase 1',
  years: { start: 2014, end: 2015 },
  order: 1,
  summary: 'Learn more about Libraries Transforming Communities Phase 1.',
  learnMore: 'https://www.ala.org/',
  sources: [{ title: 'ALA', url: 'https://www.ala.org/' }],
};
const sampleGuide = {
  title: 'Leading Conversations in Small and Rural Libraries',
  kind: 'guide',
  order: 2,
  sentence: 'Learn basic facilitation skills.',
  graphicAlt: 'graphic of a document',
  actionLabel: 'Download the guide',
};
/** The message of the phase schema for the sample phase with some fields replaced or removed. */
function phaseMessage(change: Record<string, unknown>, without: string[] = []): string {
  const data = { ...samplePhase, ...change };
  for (const field of without) delete data[field];
  const result = phaseSchema.safeParse(data, { reportInput: true });
  return result.success ? '' : formatSchemaIssues(PHASE, result.error.issues);
}

const MESSAGES: Record<string, string> = {
  'a space in a link address':
    at(40) + spacedLinkProblems('See [the e-course](https://www.ala.org/online learning).')[0],
  '<script>': at(40) + rawHtmlProblems('script', new Map(), [])[0],
  '<iframe>':
    at(40) + rawHtmlProblems('iframe', new Map([['src', 'https://www.youtube.com/embed/abc123']]), ['src'])[0],
  '<style>': at(40) + rawHtmlProblems('style', new Map(), [])[0],
  '<button>': at(40) + rawHtmlProblems('button', new Map(), [])[0],
  '<meta>': at(40) + rawHtmlProblems('meta', new Map(), [])[0],
  'a component': at(40) + rawHtmlProblems('YouTube', new Map(), [])[0],
  'onclick=': at(40) + rawHtmlProblems('a', new Map(), ['onclick'])[0],
  'style=': at(40) + rawHtmlProblems('span', new Map(), ['style'])[0],
  'javascript:': at(40) + checkLink('javascript:alert(1)', noPages).problems[0],
  'curly quotes': at(40) + checkLink('“https://www.ala.org/”', noPages).problems[0],
  'a level-1 heading': at(40) + levelOneHeading('Partners'),
  'an empty page': at(22) + EMPTY_PAGE,
  'an HTML comment': formatMdxSyntaxError(
    PHASE,
    '40:1: Unexpected character `!`',
    '\n'.repeat(39) + '<!-- note -->',
  ).split('\n')[0]!,
  'a quote mark in a YAML value': formatYamlError(
    PHASE,
    { message: 'x', reason: 'bad indentation of a mapping entry', loc: { line: 2 } },
    '---\ntitle: Phase 1: the "Test" phase\n',
  ).split('\n')[0]!,
  'a colon in a YAML value': formatYamlError(
    PHASE,
    { message: 'x', reason: 'bad indentation of a mapping entry', loc: { line: 3 } },
    '---\ntitle: x\nlabel: Phase 1: the first\n',
  ).split('\n')[0]!,
  "years that disagree with the title's": phaseMessage({ years: { start: 2014, end: 2030 } }),
  'no sources': phaseMessage({}, ['sources']),
  'an empty list of sources': phaseMessage({ sources: [] }),
  'an empty summary': phaseMessage({ summary: '' }),
  "a phase file's name that is no address": folderProblems(
    { folder: 'content/phases', extensions: ['.mdx'], entryName: 'phase page', namesAreAddresses: true },
    ['Phase 3.mdx'],
  )[0]!,
  'a second settings file': folderProblems(
    { folder: 'content/site', extensions: ['.yaml', '.yml'], entryName: 'settings file', exactlyOne: true },
    ['old.yaml', 'settings.yaml'],
  )[0]!,
  'a download with a space': formatSchemaIssues(
    'content/resources/guide.yaml',
    resourceSchema.safeParse({ ...sampleGuide, href: '/downloads/Leading Conversations.pdf' }, { reportInput: true })
      .error?.issues ?? [],
  ),
  'a download of a kind a browser could run': formatSchemaIssues(
    'content/resources/guide.yaml',
    resourceSchema.safeParse({ ...sampleGuide, href: '/downloads/guide.html' }, { reportInput: true }).error?.issues ??
      [],
  ),
};

/** The unique-label rule's messages (issue 14): a rule across the overview and the phases. */
const LABEL_MESSAGES: Record<string, string> = {
  'a phase copied with its label': labelClashMessage(
    'content/phases/phase-2.mdx',
    'content/phases/phase-3.mdx',
    'Phase 2',
    'Phase 3',
  ),
  'labels that differ only in capitals': labelClashMessage(
    'content/phases/phase-1.mdx',
    'content/phases/phase-2.mdx',
    'Phase 1',
    'Phase 2',
    'phase 1',
  ),
  "a label whose file's name is taken too": labelClashMessage(
    'content/overview/index.mdx',
    'content/phases/overview.mdx',
    'Overview',
  ),
};

describe('docs/editing.md quotes the messages of the unique-label rule (issue 14)', () => {
  const errors = guide.slice(guide.indexOf('## Build errors'));
  for (const [mistake, message] of Object.entries(LABEL_MESSAGES)) {
    it(`quotes the message for ${mistake}`, () => {
      expect(errors, `docs/editing.md's "Build errors" section should quote:\n${message}`).toContain(message);
    });
  }
});

describe('docs/editing.md quotes every message of the checks added for issue 8', () => {
  const errors = guide.slice(guide.indexOf('## Build errors'));
  for (const [mistake, message] of Object.entries(MESSAGES)) {
    it(`quotes the message for ${mistake}`, () => {
      expect(message, `the code gave no message for ${mistake}`).not.toBe('');
      expect(errors, `docs/editing.md's "Build errors" section should quote:\n${message}`).toContain(message);
    });
  }
});

/* Issue 14: the messages for code in a page, tags that are not HTML, and headings and links without words. */
const MDX_ONLY_MESSAGES: Record<string, string> = {
  'code between braces': at(40) + codeInBraces('process.env.PATH'),
  'braces MDX cannot read': formatMdxSyntaxError(PHASE, '40:6: Could not parse expression with oxc: Expected `,`'),
  'an import line': at(40) + codeLine("import fs from 'node:fs'"),
  'code as an attribute value': at(40) + codeInAttribute('a', 'href', 'link'),
  'code among attributes': at(40) + codeAmongAttributes('a', '...props'),
  'a note inside a tag': at(40) + noteInTag('a', 'title'),
  'a fragment': at(40) + FRAGMENT,
  'an attribute with a colon': at(40) + rawHtmlProblems('div', new Map(), ['set:html'])[0],
  'an empty heading': at(40) + wordlessHeading(2),
  'a Markdown link without words': at(40) + wordlessLink('https://www.ala.org/'),
  'an <a> without words': at(40) + wordlessLink('/phase-1/', true),
  '<svg>': at(40) + rawHtmlProblems('svg', new Map(), [])[0],
  'ping=': at(40) + loadingAttribute('a', 'ping'),
  'srcset=': at(40) + loadingAttribute('img', 'srcset'),
};

describe('docs/editing.md quotes every message of the checks added for issue 14', () => {
  const errors = guide.slice(guide.indexOf('## Build errors'));
  for (const [mistake, message] of Object.entries(MDX_ONLY_MESSAGES)) {
    it(`quotes the message for ${mistake}`, () => {
      expect(message, `the code gave no message for ${mistake}`).not.toBe('');
      expect(errors, `docs/editing.md's "Build errors" section should quote:\n${message}`).toContain(message);
    });
  }
});
