import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOTS, cmsEntries } from '../support/cms-entries.ts';
import { cmsResave, cmsYaml } from '../support/cms-save.ts';

/*
 * Saves change only what the editor changed: every file of both content sets is written in the
 * style the CMS writes (key order of the form, quoting, list indentation, no comments, the blank
 * line before the body, one final newline), so opening and saving it leaves it as it was.
 */

describe.each(CONTENT_ROOTS)('the files of $name', ({ root }) => {
  const entries = cmsEntries(root);

  it('are all opened by a CMS collection', () => {
    expect(entries.length).toBeGreaterThanOrEqual(4);
  });

  it.each(entries.map((entry) => [relative(root, entry.file), entry] as const))(
    '%s is left byte for byte the same by an open-and-save in the CMS',
    (_name, entry) => {
      const text = readFileSync(entry.file, 'utf8');
      expect(cmsResave(text, entry.fields, entry.format)).toBe(text);
    },
  );
});

describe('cmsResave', () => {
  const fields = [
    { name: 'title', label: 'Title', widget: 'string', required: true },
    { name: 'note', label: 'Note', widget: 'string', required: false },
    { name: 'body', label: 'Text', widget: 'markdown', required: true },
  ] as const;

  it('writes the form order, single quotes where needed, drops comments and empty optional fields', () => {
    const text = '---\n# a note\nnote: ""\ntitle: "Phase 1: the first"\n---\nText.\n\n';
    expect(cmsResave(text, [...fields], 'yaml-frontmatter')).toBe("---\ntitle: 'Phase 1: the first'\n---\n\nText.\n");
  });

  it('indents list items under their field and never folds a long line', () => {
    const long = 'word '.repeat(40).trim();
    expect(cmsYaml({ sources: [{ title: long }] })).toBe(`sources:\n  - title: ${long}`);
  });
});
