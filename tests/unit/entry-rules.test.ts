import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelClashMessage, resolveLink, uniqueLabels, type StoredEntry } from '../../src/content-checks/entry-rules';

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
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const entry = (name: string, data: Record<string, unknown>): StoredEntry => ({
  id: name,
  filePath: `content/resources/${name}`,
  data,
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
  });

  // label-capitals in the catalogue is the clash itself; this is the suggestion it must not make.
  it('suggests no label that differs from one in use only by its capitals', () => {
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
  });
});
