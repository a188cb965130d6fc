import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveLink, uniqueOrder, type StoredEntry } from '../../src/content-checks/entry-rules';
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
