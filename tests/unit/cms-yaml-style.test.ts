import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormField } from '../../src/cms/form-fields.ts';
import { FOLDERS } from '../../src/content-checks/folders.ts';
import { cmsEntries } from '../support/cms-entries.ts';
import { SITES } from '../support/sites.ts';
import { cmsResave, cmsYaml } from '../support/cms-save.ts';
import { byHand } from '../support/hand-style.ts';
import { contentFiles } from '../support/site-content.ts';

/*
 * The CMS's promise, not the editors' style: a file the CMS saved is left byte for byte the same by the
 * next open-and-save, and a save changes only the lines of the fields the editor changed. A file written
 * by hand in any valid YAML (quotes, folded blocks, lists on one line) need not look like the CMS's:
 * its first save rewrites it in the CMS's style with the same values (the build test of hand-edited
 * files is tests/support/site-copy.ts).
 */

describe.each(SITES)('the files of $name', ({ contentRoot: root }) => {
  const entries = cmsEntries(root);
  const named = entries.map((entry) => [relative(root, entry.file), entry] as const);

  it('are all opened by a CMS collection', () => {
    const files = Object.values(FOLDERS).flatMap(({ folder, extensions }) =>
      contentFiles(root, folder.replace(/^content\//, '')).filter((file) => extensions.includes(extname(file))),
    );
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(entries.map((entry) => entry.file).sort()).toEqual(files.sort());
  });

  it.each(named)(
    '%s, saved by the CMS, is left byte for byte the same by its next save, changes only the line of each text field an editor changes, and saves the same written by hand in other YAML styles',
    (_name, entry) => {
      const text = readFileSync(entry.file, 'utf8');
      const saved = cmsResave(text, entry);
      expect(cmsResave(saved, entry)).toBe(saved);
      const before = saved.split('\n');
      // The text fields written on a line of their own (a list's items are changed through their list).
      const texts = entry.fields.filter(
        ({ name, widget }) => widget === 'string' && before.some((line) => line.startsWith(`${name}:`)),
      );
      expect(texts.length).toBeGreaterThan(0);
      for (const { name } of texts) {
        const after = cmsResave(saved, entry, { [name]: `Edited ${name}` }).split('\n');
        const changed = after.filter((line, index) => line !== before[index]);
        expect(changed, name).toEqual([`${name}: Edited ${name}`]);
        expect(after).toHaveLength(before.length);
      }
      const hand = byHand(text);
      expect(hand).not.toBe(text);
      expect(cmsResave(hand, entry)).toBe(saved);
    },
  );
});

describe('cmsResave', () => {
  const fields: FormField[] = [
    { name: 'title', label: 'Title', widget: 'string', required: true },
    { name: 'note', label: 'Note', widget: 'string', required: false },
    { name: 'body', label: 'Text', widget: 'markdown', required: true },
  ];

  it('writes the form order, single quotes where needed, drops comments and empty optional fields', () => {
    const text = '---\n# a note\nnote: ""\ntitle: "Phase 1: the first"\n---\nText.\n\n';
    expect(cmsResave(text, { file: 'page.mdx', fields })).toBe("---\ntitle: 'Phase 1: the first'\n---\n\nText.\n");
  });

  it('indents list items under their field and never folds a long line', () => {
    const long = 'word '.repeat(40).trim();
    expect(cmsYaml({ sources: [{ title: long }] })).toBe(`sources:\n  - title: ${long}`);
  });
});
