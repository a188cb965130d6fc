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
  it('finds top-level and nested fields of the frontmatter, counting lines from 1', () => {
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
});
