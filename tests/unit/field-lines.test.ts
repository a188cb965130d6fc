import { describe, expect, it } from 'vitest';
import { fieldLine } from '../../src/content-checks/field-lines';

const mdx = [
  '---',
  'title: "Phase 1 (2014-15)"',
  'years:',
  '  start: 2014',
  '  end: 2015',
  'sources:',
  '  - title: One',
  '    url: https://www.ala.org/one',
  '  - title: Two',
  '    url: https://www.ala.org/two',
  '---',
  '',
  'title: not a field, the text of the page',
].join('\n');

describe('fieldLine', () => {
  it('finds top-level and nested fields of the frontmatter, counting lines of the whole file from 1', () => {
    expect(fieldLine(mdx, ['title'])).toBe(2);
    expect(fieldLine(mdx, ['years', 'end'])).toBe(5);
  });

  it('finds a field of a list item, counting items from 0 as Zod does', () => {
    expect(fieldLine(mdx, ['sources', 1, 'url'])).toBe(10);
    expect(fieldLine(mdx, ['sources', 0, 'title'])).toBe(7);
  });

  it('gives the nearest written parent for a missing nested field, and nothing for a missing field', () => {
    expect(fieldLine(mdx, ['sources', 1, 'note'])).toBe(9);
    expect(fieldLine(mdx, ['label'])).toBeUndefined();
  });

  it('reads a YAML file as a whole', () => {
    expect(fieldLine('# a note\nsiteName: LTC\nfeedback:\n  email: a@b.org\n', ['feedback', 'email'])).toBe(4);
  });

  it('skips a key-like line inside a block scalar', () => {
    const source = ['---', 'summary: |', '  A summary', '  label: x', 'label: Phase 1', '---', ''].join('\n');
    expect(fieldLine(source, ['label'])).toBe(5);
  });

  it('finds a quoted key', () => {
    const source = ['---', 'title: Phase 1', '"label": x', "'order': 2", '---', ''].join('\n');
    expect(fieldLine(source, ['label'])).toBe(3);
    expect(fieldLine(source, ['order'])).toBe(4);
  });

  it('finds the fields of a list item that start on the line after its dash', () => {
    const source = [
      '---',
      'sources:',
      '  -',
      '    title: One',
      '    url: https://www.ala.org/one',
      '  -',
      '    title: Two',
      '    url: https://www.ala.org/two',
      '---',
      '',
    ].join('\n');
    expect(fieldLine(source, ['sources', 1, 'url'])).toBe(8);
    expect(fieldLine(source, ['sources', 0, 'title'])).toBe(4);
  });

  it('counts the lines of a file with Windows line endings', () => {
    expect(fieldLine(mdx.replaceAll('\n', '\r\n'), ['years', 'start'])).toBe(4);
  });

  it('finds nothing in frontmatter that holds no fields', () => {
    expect(fieldLine('---\n---\nText\n', ['title'])).toBeUndefined();
    expect(fieldLine('', ['title'])).toBeUndefined();
  });
});
