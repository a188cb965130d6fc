import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import {
  fieldName,
  fixYamlLine,
  schemaProblems,
  sortProblems,
  yamlProblem,
} from '../../src/content-checks/entry-errors';
import { phaseSchema } from '../../src/schemas/phase';

/* What the catalogue of editor mistakes (tests/editor-mistakes.ts) cannot show: corner cases and ordering. */

const phase = {
  title: 'Phase 2: Models for Change',
  label: 'Phase 2',
  years: { start: 2016, count: 3 },
  summary: 'Learn more.',
  learnMore: 'https://www.ala.org/',
  sources: [{ title: 'ALA', url: 'https://www.ala.org/' }],
};

function issuesOf(data: unknown) {
  const result = phaseSchema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('expected the data to be refused');
  return result.error.issues;
}

describe('fieldName, schemaProblems and sortProblems', () => {
  it('names nested fields and list items the way the editing guide does, counting items from 1', () => {
    expect(fieldName(['years', 'start'])).toBe('years.start');
    expect(fieldName(['sources', 1, 'url'])).toBe('sources[].url (item 2)');
    expect(fieldName([])).toBe('the file');
  });

  it('gives each problem the line its field is on, and sorts missing fields last in their file', () => {
    // The frontmatter's YAML as read: its first line is the page's ---.
    const yaml = '\nlabel: Phase 2\nyears:\n  start: 2016\n  count: 0\n';
    const { title: _title, ...rest } = phase;
    const problems = sortProblems(
      schemaProblems('content/phases/phase-2.mdx', issuesOf({ ...rest, years: { start: 2016, count: 0 } }), yaml),
    );
    expect(problems.map((problem) => [problem.message.split(': ')[1], problem.line])).toEqual([
      ['years.count', 5],
      ['title', undefined],
    ]);
  });

  it('says "a list" where a list was expected, instead of Zod\'s wording', () => {
    expect(schemaProblems('content/phases/phase-2.mdx', issuesOf({ ...phase, sources: 'none' }))[0]?.message).toBe(
      'content/phases/phase-2.mdx: sources: expected a list (lines that start with "- "), but found the text "none".',
    );
  });
});

describe('yamlProblem and fixYamlLine', () => {
  it('says "the file" for a YAML file, the parser\'s reason without its place, how values are written, and in words what the parser calls a duplicate key or a second document', () => {
    const says = (source: string) =>
      yamlProblem('content/site/settings.yaml', parseDocument(source).errors[0]!, source).message;
    expect(says('title: "Guide\n').split('\n')).toEqual([
      expect.stringMatching(
        /^content\/site\/settings\.yaml, line 2: the file is not valid YAML: missing closing .*\.$/,
      ),
      expect.stringMatching(/must be in single quotes/),
    ]);
    expect(says('title: A\ntitle: B\n')).toMatch(
      /^content\/site\/settings\.yaml, line 2: .*: a field is written twice\./,
    );
    expect(says('title: A\n---\ntitle: B\n')).toMatch(/line 2: .*: a --- line inside it starts a second document\./);
  });

  it.each([
    ['title: "Phase 3: the "Test" phase"', `title: 'Phase 3: the "Test" phase'`],
    ["  - title: 'ALA's page'", `  - title: "ALA's page"`],
    ["label: Phase 1: ALA's first", "label: 'Phase 1: ALA''s first'"],
    ['label: Phase 1', undefined],
    ["title: 'Phase 1: Libraries Transforming Communities'", undefined],
    ['  start 2014', undefined],
  ])('writes %s as %s', (line, fixed) => {
    expect(fixYamlLine(line)?.fixed).toBe(fixed);
  });
});
