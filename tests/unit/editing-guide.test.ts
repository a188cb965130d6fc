import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MISTAKES } from '../editor-mistakes';
import { GUIDE, guideSection, withFieldTables } from '../support/field-tables';

const guide = readFileSync(GUIDE, 'utf8');

/** The lines of the ```text blocks of "Build errors and how to fix them", by the "###" heading they stand under. */
function quotedLines(): Map<string, string[]> {
  const quoted = new Map<string, string[]>();
  for (const part of guideSection('Build errors and how to fix them').split(/^### /m).slice(1)) {
    const blocks = [...part.matchAll(/^```text\n([\s\S]*?)\n```/gm)].map((block) => block[1]!.split('\n'));
    quoted.set(part.slice(0, part.indexOf('\n')), blocks.flat());
  }
  return quoted;
}

describe('docs/editing.md', () => {
  it('has the field tables of the CMS forms, made from the schemas (every field, its label, hint and whether it is required)', async () => {
    expect(
      await withFieldTables(guide),
      'docs/editing.md differs: run npm run docs:fields to write its field tables',
    ).toBe(guide);
    // Prettier's first start, beside the build tests' parallel builds on two cores, can pass the default 5 s.
  }, 30_000);

  // "Build errors and how to fix them" quotes the catalogue of editor mistakes (tests/editor-mistakes.ts).
  const quoted = quotedLines();
  it.each(MISTAKES)('quotes the lines of $id under "### $heading"', ({ heading, lines }) => {
    expect(quoted.get(heading), `docs/editing.md has no "### ${heading}"`).toEqual(expect.arrayContaining(lines));
  });

  it('quotes no line that no mistake gives', () => {
    const given = new Set(MISTAKES.flatMap((mistake) => mistake.lines));
    expect([...quoted.values()].flat().filter((line) => !given.has(line))).toEqual([]);
  });
});
