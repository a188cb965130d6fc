import { describe, expect, it } from 'vitest';
import {
  fieldName,
  fixYamlLine,
  formatMdxSyntaxError,
  formatSchemaIssues,
  formatYamlError,
  isYamlError,
  schemaProblems,
  sortProblems,
} from '../../src/content-checks/entry-errors';
import { phaseSchema } from '../../src/schemas/phase';

const phase = {
  title: 'Phase 2: Models for Change (2016-18)',
  label: 'Phase 2',
  years: { start: 2016, end: 2018 },
  order: 2,
  summary: 'Learn more.',
  learnMore: 'https://www.ala.org/',
  sources: [{ title: 'ALA', url: 'https://www.ala.org/' }],
};

function issuesOf(data: unknown) {
  const result = phaseSchema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('expected the data to be refused');
  return result.error.issues;
}

describe('fieldName', () => {
  it('names nested fields and list items the way the editing guide does, counting items from 1', () => {
    expect(fieldName(['years', 'start'])).toBe('years.start');
    expect(fieldName(['sources', 1, 'url'])).toBe('sources[].url (item 2)');
    expect(fieldName([])).toBe('the file');
  });
});

describe('formatSchemaIssues', () => {
  it('starts each line with the file and the field', () => {
    const { years, ...withoutYears } = phase;
    expect(years).toBeDefined();
    expect(
      formatSchemaIssues(
        'content/phases/phase-2.mdx',
        issuesOf({ ...withoutYears, years: { start: 2016, end: 2013 } }),
      ),
    ).toBe(
      'content/phases/phase-2.mdx: years.end: the end year (2013) is before the start year (2016); the end year must be the same as the start year or later.',
    );
  });

  it('names an unknown field by itself, not by the group it is in', () => {
    const { title, ...rest } = phase;
    const lines = formatSchemaIssues('content/phases/phase-2.mdx', issuesOf({ ...rest, titel: title })).split('\n');
    expect(lines).toContain(
      'content/phases/phase-2.mdx: titel: unknown field "titel": check its spelling. The fields allowed here are: title, label, years, order, summary, partners, funders, learnMore, sources.',
    );
    expect(lines[0]).toMatch(
      /^content\/phases\/phase-2\.mdx: title: expected text, .* but found nothing \(the field is missing\)\.$/,
    );
  });

  it('says "a list" where a list was expected, instead of Zod\'s wording', () => {
    expect(formatSchemaIssues('content/phases/phase-2.mdx', issuesOf({ ...phase, sources: 'none' }))).toBe(
      'content/phases/phase-2.mdx: sources: expected a list (lines that start with "- "), but found the text "none".',
    );
  });
});

describe('formatYamlError', () => {
  it('names the file, the line and the usual fix for the frontmatter of an MDX file', () => {
    const message = formatYamlError('content/phases/phase-1.mdx', {
      name: 'YAMLException',
      message: 'x',
      reason: 'bad indentation of a mapping entry',
      loc: { line: 3 },
    });
    expect(message.split('\n')[0]).toBe(
      'content/phases/phase-1.mdx, line 3: the frontmatter (between the --- lines) is not valid YAML: bad indentation of a mapping entry.',
    );
    expect(message).toMatch(/must be in single quotes/);
  });

  it("takes the reason out of Astro's message for a YAML file", () => {
    const message = formatYamlError('content/resources/guide.yaml', {
      message: '../../content/resources/guide.yaml failed to parse: bad indentation of a mapping entry',
      loc: { line: 6 },
    });
    expect(message.split('\n')[0]).toBe(
      'content/resources/guide.yaml, line 6: the file is not valid YAML: bad indentation of a mapping entry.',
    );
  });

  it('recognises YAML errors and nothing else', () => {
    expect(isYamlError(Object.assign(new Error('bad'), { name: 'YAMLException' }))).toBe(true);
    expect(isYamlError(new Error('x.yaml failed to parse: bad'))).toBe(true);
    expect(isYamlError(new Error('something else'))).toBe(false);
  });
});

describe('formatMdxSyntaxError', () => {
  it("names the file and the line, without the parser's codes", () => {
    const message = formatMdxSyntaxError(
      'content/phases/phase-2.mdx',
      '39:1: Expected a closing tag for `<div>` (39:1) (mdx-jsx:unexpected-character)',
    );
    expect(message.split('\n')[0]).toBe(
      'content/phases/phase-2.mdx, line 39: the page text is not valid MDX: Expected a closing tag for `<div>`',
    );
    expect(message).toMatch(/needs its closing tag/);
  });
});

describe('fixYamlLine', () => {
  it('puts a value with a quote mark inside in single quotes, whether it was quoted or not', () => {
    expect(fixYamlLine('title: Phase 3: the "Test" phase')).toEqual({
      field: 'title',
      cause: 'quote',
      fixed: `title: 'Phase 3: the "Test" phase'`,
    });
    expect(fixYamlLine('title: "Phase 3: the "Test" phase"')?.fixed).toBe(`title: 'Phase 3: the "Test" phase'`);
    expect(fixYamlLine("  - title: 'ALA's page'")?.fixed).toBe(`  - title: "ALA's page"`);
  });

  it('puts a value with ": " in single quotes, as the browser editor writes it, and leaves other lines alone', () => {
    expect(fixYamlLine('label: Phase 1: the first')).toEqual({
      field: 'label',
      cause: 'colon',
      fixed: "label: 'Phase 1: the first'",
    });
    expect(fixYamlLine("label: Phase 1: ALA's first")?.fixed).toBe("label: 'Phase 1: ALA''s first'");
    expect(fixYamlLine('label: Phase 1')).toBeUndefined();
    expect(fixYamlLine('  start 2014')).toBeUndefined();
  });
});

describe('formatYamlError with the text of the file', () => {
  it('names the quote mark and gives the line to write, for the line the error is on', () => {
    const message = formatYamlError(
      'content/phases/phase-3.mdx',
      { name: 'YAMLException', message: 'x', reason: 'bad indentation of a mapping entry', loc: { line: 2 } },
      '---\ntitle: "Phase 3: the "Test" phase"\n---\n',
    );
    expect(message).toMatch(/^content\/phases\/phase-3\.mdx, line 2: .*quote mark.*title: 'Phase 3: the "Test" phase'/);
  });
});

describe('formatMdxSyntaxError for an HTML comment', () => {
  it('explains MDX comments instead of the parser\'s "Unexpected character"', () => {
    const message = formatMdxSyntaxError(
      'content/phases/phase-2.mdx',
      '3:1: Unexpected character `!` (U+0021) before name (mdx-jsx:unexpected-character)',
      'Intro.\n\n<!-- a note -->\n',
    );
    expect(message.split('\n')[0]).toMatch(
      /^content\/phases\/phase-2\.mdx, line 3: .*<!-- … -->.*\{\/\* your note \*\/\}/,
    );
  });
});

describe('schemaProblems and sortProblems', () => {
  it('gives each problem the line its field is on, and sorts missing fields last in their file', () => {
    const source = '---\nlabel: Phase 2\nyears:\n  start: 2016\n  end: 2013\n---\n';
    const { title: _title, ...rest } = phase;
    const problems = sortProblems(
      schemaProblems('content/phases/phase-2.mdx', issuesOf({ ...rest, years: { start: 2016, end: 2013 } }), source),
    );
    expect(problems.map((problem) => [problem.message.split(': ')[1], problem.line])).toEqual([
      ['years.end', 5],
      ['title', undefined],
    ]);
  });
});
