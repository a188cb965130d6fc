import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeTempSite } from '../support/temp-site';

/*
 * Every mistake an editor can make in content/ stops the build with a message that names the
 * file (its path in the project), the field, what was found and what was expected. Each build
 * makes its mistakes in a copy of the real content. Mistakes share a build only where the site
 * reports them together (several fields of one file; the text of the pages of one folder),
 * since each build takes seconds.
 */

/** Builds a copy of the project after `change` has made mistakes in it; returns what the build printed. */
function buildWithMistakes(label: string, change: (dir: string) => void): string {
  const dir = makeTempSite(label);
  try {
    change(dir);
    const result = buildSite(dir);
    expect(result.ok, `the build should have failed:\n${result.output}`).toBe(false);
    return result.output;
  } finally {
    // The copy's node_modules holds links only: removing them leaves the packages alone.
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces text in a file of the copy, failing loudly when the text is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before)
    throw new Error(`${file} does not contain ${String(from)}: the test no longer makes its mistake`);
  writeFileSync(path, after);
}

describe('mistakes in the fields of one phase file are reported together, each naming the file and the field', () => {
  let output = '';
  beforeAll(() => {
    output = buildWithMistakes('phase-fields', (dir) => {
      const file = 'content/phases/phase-1.mdx';
      edit(dir, file, /^label: .*\n/m, '');
      edit(dir, file, /^title:/m, 'titel:');
      edit(dir, file, 'start: 2014', 'start: two thousand fourteen');
      edit(dir, file, /^learnMore: https:/m, 'learnMore: http:');
      edit(dir, file, 'url: https://alagazam.org/about-ltc.html', 'url: www.alagazam.org/about ltc');
    });
  });

  it('1. a required field is missing', () => {
    expect(output).toContain(
      'content/phases/phase-1.mdx: label: expected text, such as "Phase 1", but found nothing (the field is missing).',
    );
  });

  it('2. a field name is misspelled', () => {
    expect(output).toContain(
      'content/phases/phase-1.mdx: titel: unknown field "titel": check its spelling. The fields allowed here are: title, label,',
    );
    expect(output).toContain('content/phases/phase-1.mdx: title: expected text');
  });

  it('3. a year is written in words', () => {
    expect(output).toContain(
      'content/phases/phase-1.mdx: years.start: expected a year written in digits, such as 2014, but found the text "two thousand fourteen".',
    );
  });

  it('6. a web address is not https:// or is malformed', () => {
    expect(output).toMatch(
      /content\/phases\/phase-1\.mdx: learnMore: expected a full web address starting with https:\/\/, such as https:\/\/www\.ala\.org\/, but found "http:\/\/www\.ala\.org\/tools\//,
    );
    expect(output).toContain(
      'content/phases/phase-1.mdx: sources[].url (item 2): expected a full web address starting with https://, such as https://www.ala.org/, but found "www.alagazam.org/about ltc".',
    );
  });
});

describe('a mistake in the frontmatter or a data file stops the build, naming the file and the field', () => {
  it('4. the end year is before the start year', () => {
    const output = buildWithMistakes('end-before-start', (dir) =>
      edit(dir, 'content/phases/phase-2.mdx', 'end: 2018', 'end: 2013'),
    );
    expect(output).toContain(
      'content/phases/phase-2.mdx: years.end: the end year (2013) is before the start year (2016); the end year must be the same as the start year or later.',
    );
  });

  it('5. two phases have the same order', () => {
    const output = buildWithMistakes('same-order', (dir) =>
      edit(dir, 'content/phases/phase-2.mdx', /^order: 2$/m, 'order: 1'),
    );
    expect(output).toContain(
      'content/phases/phase-1.mdx and content/phases/phase-2.mdx both have order: 1. Each phase needs its own order number',
    );
  });

  it('7. the feedback address is not an e-mail address', () => {
    const output = buildWithMistakes('bad-email', (dir) =>
      edit(dir, 'content/site/settings.yaml', 'email: publicprograms@ala.org', 'email: publicprograms at ala.org'),
    );
    expect(output).toContain(
      'content/site/settings.yaml: feedback.email: expected an email address such as publicprograms@ala.org, but found the text "publicprograms at ala.org".',
    );
  });

  it('8. the frontmatter is not valid YAML', () => {
    const output = buildWithMistakes('bad-yaml', (dir) =>
      edit(dir, 'content/phases/phase-1.mdx', /^label: Phase 1$/m, 'label: Phase 1: the first'),
    );
    expect(output).toContain(
      'content/phases/phase-1.mdx, line 3: the frontmatter (between the --- lines) is not valid YAML: bad indentation of a mapping entry.',
    );
    expect(output).toContain('must be in double quotes');
  });

  it('12. a download is not in public/', () => {
    const output = buildWithMistakes('missing-download', (dir) =>
      edit(dir, 'content/resources/guide.yaml', /^href: .*$/m, 'href: /downloads/nope.pdf'),
    );
    expect(output).toContain(
      'content/resources/guide.yaml: href is "/downloads/nope.pdf", but there is no file public/downloads/nope.pdf. Put the file in public/downloads/ or correct the path.',
    );
  });
});

describe('mistakes in the text of the phase pages are reported together, each naming the file and the line', () => {
  let output = '';
  beforeAll(() => {
    output = buildWithMistakes('page-text', (dir) => {
      appendFileSync(join(dir, 'content/phases/phase-2.mdx'), '\n<div>\nThe cohort\n');
      mkdirSync(join(dir, 'public', 'images'), { recursive: true });
      writeFileSync(join(dir, 'public', 'images', 'map.png'), 'not really a picture');
      appendFileSync(
        join(dir, 'content/phases/phase-1.mdx'),
        '\nSee [Phase 9](/phase-9/) and [Phase 8](./phase-8/).\n\n![](/images/map.png)\n\n![The cohort](/images/cohort.png)\n',
      );
    });
  });

  it('9. an MDX tag is not closed', () => {
    expect(output).toMatch(
      /content\/phases\/phase-2\.mdx, line \d+: the page text is not valid MDX: Expected a closing tag for `<div>`/,
    );
    expect(output).toContain('needs its closing tag');
  });

  it('10. a link goes to a page of this site that does not exist', () => {
    expect(output).toMatch(
      /content\/phases\/phase-1\.mdx, line \d+: the link "\/phase-9\/" goes to no page of this site\. The pages are: \/, \/phase-1\/, \/phase-2\//,
    );
    expect(output).toMatch(/content\/phases\/phase-1\.mdx, line \d+: the link "\.\/phase-8\/" does not start with \//);
  });

  it('11. an image does not exist or has no alt text', () => {
    expect(output).toMatch(/content\/phases\/phase-1\.mdx, line \d+: the image "\/images\/map\.png" has no alt text/);
    expect(output).toMatch(
      /content\/phases\/phase-1\.mdx, line \d+: the image "\/images\/cohort\.png" does not exist: there is no file public\/images\/cohort\.png\./,
    );
  });
});

describe('a content folder that would lose pages stops the build', () => {
  it('13. a collection folder is empty', () => {
    const output = buildWithMistakes('empty-folder', (dir) => {
      for (const file of readdirSync(join(dir, 'content/phases'))) rmSync(join(dir, 'content/phases', file));
    });
    expect(output).toContain(
      'The folder content/phases/ is empty. It must hold at least one phase page (a .mdx file).',
    );
  });

  it('13b. a collection folder is missing', () => {
    const output = buildWithMistakes('missing-folder', (dir) =>
      rmSync(join(dir, 'content/resources'), { recursive: true }),
    );
    expect(output).toContain(
      'The folder content/resources/ is missing. It must hold at least one resource card (a .yaml or .yml file).',
    );
  });

  it('14. a file in a content folder would not be loaded', () => {
    const output = buildWithMistakes('stray-file', (dir) => {
      const phase = readFileSync(join(dir, 'content/phases/phase-2.mdx'), 'utf8');
      writeFileSync(join(dir, 'content/phases/phase-3.md.txt'), phase);
      writeFileSync(join(dir, 'content/phases/phase-4.MDX'), phase);
    });
    expect(output).toContain(
      'content/phases/phase-3.md.txt would not be loaded: the build only reads .mdx files here: rename it to end in .mdx, or move it out of content/phases/.',
    );
    expect(output).toContain('content/phases/phase-4.MDX would not be loaded: rename it to end in .mdx (lower case).');
  });
});
