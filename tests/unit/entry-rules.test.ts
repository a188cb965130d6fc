import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelClashMessage, resolveLink, uniqueLabels, type StoredEntry } from '../../src/content-checks/entry-rules';
import { MISTAKES_FIXTURE } from '../support/mistakes';

const publicDir = join(MISTAKES_FIXTURE, 'public');

/** A resource card; its YAML is what the problems find the line of their field in. */
const entry = (name: string, data: Record<string, unknown>): StoredEntry => ({
  id: name,
  filePath: `content/resources/${name}`,
  data,
  yaml: '# a note\ntitle: A card\norder: 1\nhref: /downloads/x.pdf\n',
});

describe('resolveLink', () => {
  it('reports a missing download at its href line', () => {
    expect(resolveLink(entry('a.yaml', { href: '/downloads/x.pdf' }), publicDir)).toMatchObject({
      problem: { file: 'content/resources/a.yaml', line: 4 },
    });
  });

  it('resolves a file of the site with its name, size and format, and leaves a web address as it is', () => {
    const bytes = statSync(join(publicDir, 'downloads', 'guide.pdf')).size;
    expect(resolveLink(entry('b.yaml', { href: '/downloads/guide.pdf' }), publicDir)).toEqual({
      data: {
        link: {
          kind: 'file',
          path: '/downloads/guide.pdf',
          fileName: 'guide.pdf',
          bytes,
          label: `PDF, ${bytes} bytes`,
        },
      },
    });
    expect(resolveLink(entry('c.yaml', { href: 'https://www.ala.org/' }), publicDir)).toEqual({
      data: { link: { kind: 'external', href: 'https://www.ala.org/' } },
    });
  });
});

describe('uniqueLabels', () => {
  // The frontmatter's YAML as read: its first line is the page's ---.
  const phase = (id: string, label: string): StoredEntry => ({
    id,
    filePath: `content/phases/${id}.mdx`,
    data: { label },
    yaml: `\ntitle: A phase\nlabel: ${label}\n`,
  });
  const overview = { ...phase('index', 'Home'), filePath: 'content/overview/index.mdx' };

  it('reports a phase copied with its label, naming both files in sorted order, at the label line of the second', () => {
    const problems = uniqueLabels([phase('two-b', 'Stage'), phase('one', 'Stage')], [overview]);
    expect(problems).toEqual([
      {
        file: 'content/phases/two-b.mdx',
        line: 3,
        message: labelClashMessage('content/phases/one.mdx', 'content/phases/two-b.mdx', 'Stage', 'Two b'),
      },
    ]);
  });

  // label-capitals in the catalogue is the clash itself; this is the suggestion it must not make.
  it('suggests no label that another page already has, nor one that differs from one in use only by its capitals', () => {
    expect(uniqueLabels([phase('one', 'TWO B'), phase('two-b', 'two b')], [])[0]?.message).toContain(
      'such as a short name of its own',
    );
    const [problem] = uniqueLabels([phase('one', 'Two b'), phase('two-b', 'Two b')], []);
    expect(problem?.message).toBe(labelClashMessage('content/phases/one.mdx', 'content/phases/two-b.mdx', 'Two b'));
  });

  it("reports a phase with the overview's label, whichever loader checks, and leaves a clash among the other folder's entries to their own loader", () => {
    const clash = phase('two-b', 'Home');
    const fromPhases = uniqueLabels([phase('one', 'Stage'), clash], [overview]);
    const fromOverview = uniqueLabels([overview], [phase('one', 'Stage'), clash]);
    expect(fromPhases).toEqual(fromOverview);
    expect(fromPhases.map((problem) => problem.message)).toEqual([
      labelClashMessage('content/overview/index.mdx', 'content/phases/two-b.mdx', 'Home', 'Two b'),
    ]);
    expect(uniqueLabels([overview], [phase('one', 'Stage'), phase('two-b', 'Stage')])).toEqual([]);
  });
});
