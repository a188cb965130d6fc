import { expect, it } from 'vitest';
import { fieldLine } from '../../src/content-checks/field-lines';
import { splitFile } from '../../src/content-checks/read-folder';

const mdx = `---
title: "Phase 1 (2014-15)"
years:
  start: 2014
  end: 2015
sources:
  - title: One
    url: https://www.ala.org/one
  - title: Two
    url: https://www.ala.org/two
---

title: not a field, the text of the page`;
const yamlFile = '# a note\nsiteName: LTC\nfeedback:\n  email: a@b.org\n';
const blockScalar = ['---', 'summary: |', '  A summary', '  label: x', 'label: Phase 1', '---', ''].join('\n');
const quotedKeys = ['---', 'title: Phase 1', '"label": x', "'order': 2", '---', ''].join('\n');
const dashAlone = `---
sources:
  -
    title: One
    url: https://www.ala.org/one
  -
    title: Two
    url: https://www.ala.org/two
---
`;

// Lines of the whole file count from 1; list items from 0, as Zod counts them.
it.each<[string, string, PropertyKey[], number | undefined]>([
  ['a top-level field of the frontmatter', mdx, ['title'], 2],
  ['a nested field', mdx, ['years', 'end'], 5],
  ['a field of a list item', mdx, ['sources', 1, 'url'], 10],
  ['a field of the first list item', mdx, ['sources', 0, 'title'], 7],
  ['the nearest written parent of a missing nested field', mdx, ['sources', 1, 'note'], 9],
  ['nothing for a missing top-level field', mdx, ['label'], undefined],
  ['a field of a YAML file read as a whole', yamlFile, ['feedback', 'email'], 4],
  ['a field after a key-like line inside a block scalar', blockScalar, ['label'], 5],
  ['a double-quoted key', quotedKeys, ['label'], 3],
  ['a single-quoted key', quotedKeys, ['order'], 4],
  ['a field of a list item that starts on the line after its dash', dashAlone, ['sources', 1, 'url'], 8],
  ['a field of the first such item', dashAlone, ['sources', 0, 'title'], 4],
  ['a field in a file with Windows line endings', mdx.replaceAll('\n', '\r\n'), ['years', 'start'], 4],
  ['nothing in frontmatter that holds no fields', '---\n---\nText\n', ['title'], undefined],
  ['nothing in an empty file', '', ['title'], undefined],
])('fieldLine finds %s', (_what, source, path, line) => {
  expect(fieldLine(splitFile(source.startsWith('---') ? 'page.mdx' : 'data.yaml', source).yaml, path)).toBe(line);
});
