import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveLink, uniqueOrder, type StoredEntry } from '../../src/lib/entry-rules';

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
