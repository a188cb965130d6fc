import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overviewSchema } from '../../src/schemas/overview';
import { phaseSchema } from '../../src/schemas/phase';
import { resourceSchema } from '../../src/schemas/resource';
import { settingsSchema } from '../../src/schemas/settings';
import { ROOT } from '../support/temp-site';
import { schemaFields } from '../support/schema-fields';
import { MISTAKES } from '../editor-mistakes';

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

/** The lines of the ```text blocks of "Build errors and how to fix them", by the "###" heading they stand under. */
function quotedLines(): Map<string, string[]> {
  const section = guide.slice(
    guide.indexOf('## Build errors'),
    guide.indexOf('\n## ', guide.indexOf('## Build errors')),
  );
  const quoted = new Map<string, string[]>();
  for (const part of section.split(/^### /m).slice(1)) {
    const heading = part.slice(0, part.indexOf('\n'));
    const blocks = [...part.matchAll(/^```text\n([\s\S]*?)\n```/gm)].map((block) => block[1]!.split('\n'));
    quoted.set(heading, blocks.flat());
  }
  return quoted;
}

describe('docs/editing.md\'s "Build errors" quotes the catalogue of editor mistakes (tests/editor-mistakes.ts)', () => {
  const quoted = quotedLines();
  it.each(MISTAKES)('quotes the lines of $id under "### $heading"', ({ heading, lines }) => {
    expect(quoted.get(heading), `docs/editing.md has no "### ${heading}"`).toEqual(expect.arrayContaining(lines));
  });

  it('quotes no line that no mistake gives', () => {
    const given = new Set(MISTAKES.flatMap((mistake) => mistake.lines));
    expect([...quoted.values()].flat().filter((line) => !given.has(line))).toEqual([]);
  });
});
