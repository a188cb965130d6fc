import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  labelClashMessage,
  resolveLink,
  uniqueLabels,
  uniqueOrder,
  type StoredEntry,
} from '../../src/content-checks/entry-rules';
import { readEntries } from '../../src/content-checks/read-entries';
import { overviewSchema } from '../../src/schemas/overview';
import { sortByOrder } from '../../src/content-checks/order';

/** A project folder with two resource files, so problems can name the line of their field. */
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ltc-entry-rules-'));
  mkdirSync(join(root, 'content', 'resources'), { recursive: true });
  mkdirSync(join(root, 'public', 'downloads'), { recursive: true });
  writeFileSync(join(root, 'public', 'downloads', 'guide.pdf'), '%PDF');
  for (const name of ['a.yaml', 'b.yaml'])
    writeFileSync(
      join(root, 'content', 'resources', name),
      '# a note\ntitle: A card\norder: 1\nhref: /downloads/x.pdf\n',
    );
  mkdirSync(join(root, 'content', 'phases'), { recursive: true });
  for (const name of ['one.mdx', 'two-b.mdx'])
    writeFileSync(join(root, 'content', 'phases', name), '---\ntitle: A phase\nlabel: Stage\n---\n\nText\n');
  mkdirSync(join(root, 'content', 'overview'), { recursive: true });
  writeFileSync(
    join(root, 'content', 'overview', 'index.mdx'),
    [
      '---',
      'title: Home',
      'label: Home',
      'description: About.',
      'tagline: A line.',
      'learnMore: https://www.ala.org/',
      'sources:',
      '  - title: ALA',
      '    url: https://www.ala.org/',
      '---',
      '',
      'Text',
    ].join('\n'),
  );
  writeFileSync(join(root, 'content', 'overview', 'notes.txt'), 'label: Home\n');
  // Valid overview fields as a YAML file: only MDX folders share a rule, so it is not read.
  const frontmatter = readFileSync(join(root, 'content', 'overview', 'index.mdx'), 'utf8').split('---')[1] ?? '';
  writeFileSync(join(root, 'content', 'overview', 'copy.yaml'), frontmatter);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const entry = (name: string, data: Record<string, unknown>): StoredEntry => ({
  id: name,
  filePath: `content/resources/${name}`,
  data,
});

describe('sortByOrder', () => {
  const phase = (id: string, order: number) => ({ id, filePath: `content/phases/${id}.mdx`, data: { order } });

  it('orders entries by their order field, not by file name', () => {
    const sorted = sortByOrder([phase('b', 2), phase('c', 10), phase('a', 1)], 'phase');
    expect(sorted.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses two entries with the same order, naming both files and the kind of entry', () => {
    expect(() => sortByOrder([phase('phase-2', 1), phase('phase-1', 1)], 'phase')).toThrow(
      'content/phases/phase-1.mdx and content/phases/phase-2.mdx both have order: 1. Each phase needs its own order number',
    );
  });
});

describe('uniqueOrder', () => {
  it('reports two entries with one order once, at the order line of the first file in sorted order', () => {
    const problems = uniqueOrder([entry('b.yaml', { order: 1 }), entry('a.yaml', { order: 1 })], 'resource card', root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/resources/a.yaml', line: 3 });
    expect(problems[0]?.message).toMatch(
      /^content\/resources\/a\.yaml and content\/resources\/b\.yaml both have order: 1\./,
    );
  });

  it('finds nothing wrong with distinct orders', () => {
    expect(uniqueOrder([entry('a.yaml', { order: 1 }), entry('b.yaml', { order: 2 })], 'resource card', root)).toEqual(
      [],
    );
  });
});

describe('resolveLink', () => {
  const paths = () => ({ root, publicDir: join(root, 'public') });

  it('reports a missing download at its href line', () => {
    expect(resolveLink(entry('a.yaml', { href: '/downloads/x.pdf' }), paths())).toMatchObject({
      problem: { file: 'content/resources/a.yaml', line: 4 },
    });
  });

  it('resolves a file of the site with its name, size and format, and leaves a web address as it is', () => {
    expect(resolveLink(entry('b.yaml', { href: '/downloads/guide.pdf' }), paths())).toEqual({
      data: {
        link: { kind: 'file', path: '/downloads/guide.pdf', fileName: 'guide.pdf', bytes: 4, label: 'PDF, 4 bytes' },
      },
    });
    expect(resolveLink(entry('c.yaml', { href: 'https://www.ala.org/' }), paths())).toEqual({
      data: { link: { kind: 'external', href: 'https://www.ala.org/' } },
    });
  });
});

describe('uniqueLabels', () => {
  const phase = (id: string, label: string): StoredEntry => ({
    id,
    filePath: `content/phases/${id}.mdx`,
    data: { label },
  });
  const overview: StoredEntry = { id: 'index', filePath: 'content/overview/index.mdx', data: { label: 'Home' } };

  it('reports a phase copied with its label, naming both files in sorted order, at the label line of the second', () => {
    const problems = uniqueLabels([phase('two-b', 'Stage'), phase('one', 'Stage')], [overview], root);
    expect(problems).toEqual([
      {
        file: 'content/phases/two-b.mdx',
        line: 3,
        message: labelClashMessage('content/phases/one.mdx', 'content/phases/two-b.mdx', 'Stage', 'Two b'),
      },
    ]);
    expect(problems[0]?.message).toMatch(
      /^content\/phases\/one\.mdx and content\/phases\/two-b\.mdx both have label: Stage\. .*label: Two b in content\/phases\/two-b\.mdx\.$/,
    );
  });

  it('compares labels as a screen reader says them: capitals and runs of spaces make no difference', () => {
    const problems = uniqueLabels([phase('one', 'Stage  One'), phase('two-b', ' stage one')], [overview], root);
    expect(problems.map((problem) => problem.message)).toEqual([
      labelClashMessage('content/phases/one.mdx', 'content/phases/two-b.mdx', 'Stage  One', 'Two b', 'stage one'),
    ]);
    expect(problems[0]?.message).toMatch(
      /^content\/phases\/one\.mdx has label: Stage {2}One and content\/phases\/two-b\.mdx has label: stage one, which a screen reader reads as the same name/,
    );
    // A suggestion that differs from a label in use only by its capitals is no suggestion.
    expect(uniqueLabels([phase('one', 'TWO B'), phase('two-b', 'two b')], [], root)[0]?.message).toContain(
      'such as a short name of its own',
    );
  });

  it("reports a phase with the overview's label, whichever loader checks", () => {
    const clash = phase('two-b', 'Home');
    const fromPhases = uniqueLabels([phase('one', 'Stage'), clash], [overview], root);
    const fromOverview = uniqueLabels([overview], [phase('one', 'Stage'), clash], root);
    expect(fromPhases).toEqual(fromOverview);
    expect(fromPhases.map((problem) => problem.message)).toEqual([
      labelClashMessage('content/overview/index.mdx', 'content/phases/two-b.mdx', 'Home', 'Two b'),
    ]);
  });

  it("leaves a clash among the other folder's entries to their own loader", () => {
    expect(uniqueLabels([overview], [phase('one', 'Stage'), phase('two-b', 'Stage')], root)).toEqual([]);
  });

  it('suggests no label that another page already has', () => {
    const [problem] = uniqueLabels([phase('one', 'Two b'), phase('two-b', 'Two b')], [], root);
    expect(problem?.message).toBe(labelClashMessage('content/phases/one.mdx', 'content/phases/two-b.mdx', 'Two b'));
    expect(problem?.message).toContain('such as a short name of its own.');
  });

  it('finds nothing wrong with distinct labels', () => {
    expect(uniqueLabels([phase('one', 'Stage 1'), phase('two-b', 'Stage 2')], [overview], root)).toEqual([]);
  });
});

describe('readEntries', () => {
  it('reads the valid entries of another folder with its schema, skipping files of other kinds', () => {
    const entries = readEntries(root, 'content/overview', overviewSchema);
    expect(entries.map(({ id, filePath, data }) => ({ id, filePath, label: data['label'] }))).toEqual([
      { id: 'index', filePath: 'content/overview/index.mdx', label: 'Home' },
    ]);
  });

  it('leaves out a file its own loader will refuse, and a folder that is missing', () => {
    // The phases of the temporary project lack most fields: the overview's schema refuses them.
    expect(readEntries(root, 'content/phases', overviewSchema)).toEqual([]);
    expect(readEntries(root, 'content/nowhere', overviewSchema)).toEqual([]);
  });
});
