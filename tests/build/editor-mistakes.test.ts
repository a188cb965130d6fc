import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueLabels } from '../../src/content-checks/entry-rules';
import { codeInBraces, codeLine } from '../../src/content-checks/mdx-code';
import { readEntries } from '../../src/content-checks/read-entries';
import { wordlessHeading, wordlessLink } from '../../src/content-checks/wordless';
import { MAX_TIMELINE_COLUMNS, TIMELINE_ID, yearRange } from '../../src/lib/timeline';
import { overviewSchema } from '../../src/schemas/overview';
import { phaseSchema } from '../../src/schemas/phase';
import { readSiteContent } from '../support/site-content';
import { buildSite, makeTempSite } from '../support/temp-site';

/*
 * Every mistake an editor can make in content/ stops the build with a message that names the
 * file (its path in the project), the field or the line, what was found and what to write.
 * Each build makes its mistakes in a copy of the real content, generically (a field replaced
 * by its name, a line appended to a page), reading any value it needs from the copy.
 * Mistakes share a build wherever the site reports them together: every mistake of a content
 * folder (fields, rules across files, the text of the pages) is listed in one message, so one
 * build checks all of content/phases/. A failing build stops at content sync; `astro sync`
 * was measured to take as long as `astro build` there, so the tests run what editors run.
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

/** The value of a field written "name: value" in a file of the copy (the first such line). */
function fieldValue(dir: string, file: string, name: string): string {
  const value = new RegExp(`^\\s*${name}: (.*)$`, 'm').exec(readFileSync(join(dir, file), 'utf8'))?.[1];
  if (value === undefined) throw new Error(`${file} has no ${name}: field: the test cannot make its mistake`);
  // Double quotes as an editor may write them, single quotes as the CMS writes them ('' is one ').
  return value.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, (_, inner: string) => inner.replaceAll("''", "'"));
}

/** The 1-based line of the first line of a file of the copy that starts with `start`. */
function lineStarting(dir: string, file: string, start: string): number {
  return (
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .findIndex((line) => line.startsWith(start)) + 1
  );
}

/** Copies a phase of the copy under a new name with its own order and label, so it adds no clash. */
function copyPhase(dir: string, from: string, to: string, order: number): void {
  writeFileSync(join(dir, 'content/phases', to), readFileSync(join(dir, 'content/phases', from), 'utf8'));
  edit(dir, `content/phases/${to}`, /^order: .*$/m, `order: ${order}`);
  edit(dir, `content/phases/${to}`, /^label: .*$/m, `label: ${to}`);
}

/** The lines of the output that start with a file's path: the first line of each of its messages. */
function linesOf(output: string, file: string): string[] {
  return output.split('\n').filter((line) => line.startsWith(file));
}

describe('every mistake in content/phases/ is reported in one message, each line naming the file and the field or line', () => {
  let output = '';
  /** Values read from the copy before the mistakes were made. */
  const read = { firstMistakeLine: 0, learnMore: '', startOf3: 0, titleYearsOf4: '', startOf4: 0, endOf4: 0 };
  beforeAll(() => {
    output = buildWithMistakes('phases', (dir) => {
      const phase = (name: string) => `content/phases/${name}`;
      for (const [name, order] of [
        ['phase-3.mdx', 103],
        ['phase-4.mdx', 104],
        ['phase-5.mdx', 105],
        // Two valid pages with one order: a rule across files, reported with the rest.
        ['phase-6.mdx', 106],
        ['phase-7.mdx', 106],
      ] as const)
        copyPhase(dir, 'phase-2.mdx', name, order);

      // phase-1.mdx: mistakes in the text only, so the first line of the message is one with a line number.
      read.firstMistakeLine = readFileSync(join(dir, phase('phase-1.mdx')), 'utf8').split('\n').length + 1;
      mkdirSync(join(dir, 'public', 'images'), { recursive: true });
      writeFileSync(join(dir, 'public', 'images', 'map.png'), 'not really a picture');
      appendFileSync(
        join(dir, phase('phase-1.mdx')),
        [
          '\nSee [the e-course](https://www.ala.org/tools/online learning) for more.',
          '',
          'See [Phase 9](/phase-9/) and [Phase 8](./phase-8/).',
          '',
          '![](/images/map.png)',
          '',
          '![The cohort](/images/cohort.png)',
          '',
          '<script>alert("hello")</script>',
          '',
          '<iframe src="https://www.youtube.com/embed/abc123" title="A video"></iframe>',
          '',
          '<style>{`p { color: red }`}</style>',
          '',
          '<object data="/downloads/intro.swf"></object>',
          '',
          'Click <a href="/phase-2/" onclick="track()">here</a> or [run](javascript:alert(1)).',
          '',
          '# A second title',
          '',
          'Read [ALA’s page](“https://www.ala.org/”).',
          '',
        ].join('\n'),
      );

      // phase-2.mdx: mistakes in the fields, and a tag left open in the text.
      read.learnMore = fieldValue(dir, phase('phase-2.mdx'), 'learnMore');
      edit(dir, phase('phase-2.mdx'), /^label: .*\n/m, '');
      edit(dir, phase('phase-2.mdx'), /^title:/m, 'titel:');
      edit(dir, phase('phase-2.mdx'), /^(\s+start:) .*$/m, '$1 two thousand fourteen');
      edit(dir, phase('phase-2.mdx'), /^learnMore: https:/m, 'learnMore: http:');
      // The first source: every phase has at least one.
      edit(dir, phase('phase-2.mdx'), /^(sources:\n(?:\s.*\n)*?\s+url:) .*$/m, '$1 www.ala.org/about ltc');
      appendFileSync(join(dir, phase('phase-2.mdx')), '\n<div>\nThe cohort\n');

      // phase-3.mdx: the end year before the start year, and an HTML comment in the text.
      read.startOf3 = Number(fieldValue(dir, phase('phase-3.mdx'), 'start'));
      edit(dir, phase('phase-3.mdx'), /^(\s+end:) .*$/m, `$1 ${read.startOf3 - 3}`);
      appendFileSync(join(dir, phase('phase-3.mdx')), '\n<!-- A note for the next editor -->\n');

      // phase-4.mdx: a title that names its years in ALA's style, then years that disagree with it.
      read.startOf4 = Number(fieldValue(dir, phase('phase-4.mdx'), 'start'));
      read.titleYearsOf4 = yearRange({
        start: read.startOf4,
        end: Number(fieldValue(dir, phase('phase-4.mdx'), 'end')),
      });
      edit(
        dir,
        phase('phase-4.mdx'),
        /^title: .*$/m,
        `title: "${fieldValue(dir, phase('phase-4.mdx'), 'label')} (${read.titleYearsOf4})"`,
      );
      read.endOf4 = read.startOf4 + 14;
      edit(dir, phase('phase-4.mdx'), /^(\s+end:) .*$/m, `$1 ${read.endOf4}`);

      // phase-5.mdx: no text, an empty summary, and no sources.
      edit(dir, phase('phase-5.mdx'), /^summary: .*$/m, 'summary: ""');
      edit(dir, phase('phase-5.mdx'), /^sources:\n(?:[ \t]+.*\n)*/m, '');
      edit(dir, phase('phase-5.mdx'), /^(---\n[\s\S]*?\n---\n)[\s\S]+$/, '$1');
    });
  });

  // The first 14 classes of mistakes (issue 1), those of content/phases/.
  it('1. a required field is missing', () => {
    expect(output).toContain(
      'content/phases/phase-2.mdx: label: expected text, such as "Phase 1", but found nothing (the field is missing).',
    );
  });

  it('2. a field name is misspelled', () => {
    expect(output).toContain(
      'content/phases/phase-2.mdx: titel: unknown field "titel": check its spelling. The fields allowed here are: title, label,',
    );
    expect(output).toContain('content/phases/phase-2.mdx: title: expected text');
  });

  it('3. a year is written in words', () => {
    expect(output).toContain(
      'content/phases/phase-2.mdx: years.start: expected a year written in digits, such as 2014, but found the text "two thousand fourteen".',
    );
  });

  it('4. the end year is before the start year', () => {
    expect(output).toContain(
      `content/phases/phase-3.mdx: years.end: the end year (${read.startOf3 - 3}) is before the start year (${read.startOf3}); the end year must be the same as the start year or later.`,
    );
  });

  it('5. two phases have the same order', () => {
    expect(output).toMatch(
      /content\/phases\/phase-6\.mdx and content\/phases\/phase-7\.mdx both have order: 106\. Each phase needs its own order number/,
    );
  });

  it('6. a web address is not https:// or is malformed', () => {
    expect(output).toContain(
      `content/phases/phase-2.mdx: learnMore: expected a full web address starting with https://, such as https://www.ala.org/, but found "${read.learnMore.replace(/^https:/, 'http:')}".`,
    );
    expect(output).toContain(
      'content/phases/phase-2.mdx: sources[].url (item 1): expected a full web address starting with https://, such as https://www.ala.org/, but found "www.ala.org/about ltc".',
    );
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

  // Issue 8's cases in content/phases/.
  it('case 1: a space inside a link address', () => {
    expect(linesOf(output, 'content/phases/phase-1.mdx')).toContain(
      `content/phases/phase-1.mdx, line ${read.firstMistakeLine}: the link "[the e-course](https://www.ala.org/tools/online learning)" has a space in its address, so the page would show it as plain text: remove the space, or write each space in the address as %20: [the e-course](https://www.ala.org/tools/online%20learning).`,
    );
  });

  it('case 2: tags that run code, embed other sites or restyle the page, event handlers and javascript: links', () => {
    const lines = linesOf(output, 'content/phases/phase-1.mdx');
    const at = (offset: number) => `content/phases/phase-1.mdx, line ${read.firstMistakeLine + offset}: `;
    expect(lines).toEqual(
      expect.arrayContaining([
        `${at(8)}<script> runs code, which this site does not allow: remove it; a page holds text, links and pictures.`,
        `${at(10)}<iframe> embeds another site or a media player in the page, which this site does not allow (its security policy would show an empty box): write a link to it instead, such as [Watch the video](https://www.youtube.com/watch?v=abc123).`,
        `${at(12)}<style> restyles the page, which this site does not allow: remove it; the site styles headings, lists and links by itself (write **bold** for emphasis).`,
        `${at(14)}<object> embeds another site or a media player in the page, which this site does not allow (its security policy would show an empty box): write a link to it instead, such as [Watch the video](/downloads/intro.swf).`,
        `${at(16)}the attribute onclick= on <a> runs code when a visitor acts, which this site does not allow: remove the attribute.`,
        `${at(16)}the link "javascript:alert(1)" runs code, which this site does not allow: link to a web page (https://…), an e-mail address (mailto:…), a phone number (tel:…) or a page of this site (/phase-1/).`,
      ]),
    );
  });

  it('case 3: a second level-1 heading in the text', () => {
    expect(linesOf(output, 'content/phases/phase-1.mdx')).toContain(
      `content/phases/phase-1.mdx, line ${read.firstMistakeLine + 18}: the heading "# A second title" is a level-1 heading, but the page's title is already its only one: write ## A second title (two #) for a section of the page.`,
    );
  });

  it("case 4: years that disagree with the title's years", () => {
    expect(output).toContain(
      `content/phases/phase-4.mdx: years: the title says (${read.titleYearsOf4}) but years: says ${yearRange({ start: read.startOf4, end: read.endOf4 })} (start: ${read.startOf4}, end: ${read.endOf4}), which the Key facts and the timeline show: make them agree, in the title or under years:.`,
    );
  });

  it('case 5: a phase without sources', () => {
    expect(output).toContain(
      'content/phases/phase-5.mdx: sources: this page shows facts, so it must list at least one source, but found nothing (the field is missing): add a sources: list with one item per source, each with title: and url: (see docs/editing.md).',
    );
  });

  it('case 6: a page with no text, and an empty summary', () => {
    expect(linesOf(output, 'content/phases/phase-5.mdx')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/phases\/phase-5\.mdx, line \d+: the page has no text: write the page's text below its fields \(after the second --- line\), such as a paragraph about the phase\.$/,
        ),
        'content/phases/phase-5.mdx: summary: must not be empty; write text such as "Learn more about Libraries Transforming Communities Phase 1.".',
      ]),
    );
  });

  it('case 8: a link address in curly quotes', () => {
    expect(linesOf(output, 'content/phases/phase-1.mdx')).toContain(
      `content/phases/phase-1.mdx, line ${read.firstMistakeLine + 20}: the link “https://www.ala.org/” is written with curly quotes (“ ”) around its address: remove them and write the address alone between the round brackets, such as [ALA](https://www.ala.org/).`,
    );
  });

  it('case 10: an HTML comment in the text', () => {
    expect(output).toMatch(
      /content\/phases\/phase-3\.mdx, line \d+: an HTML comment \(<!-- … -->\) is not allowed in MDX: write a note for editors as \{\/\* your note \*\/\}, which the page does not show\./,
    );
  });

  it('case 11: the first line names the first mistake, and Astro\'s "Location:" points at its line', () => {
    const first = output.split('\n').find((line) => line.startsWith('content/'));
    expect(first).toMatch(new RegExp(`^content/phases/phase-1\\.mdx, line ${read.firstMistakeLine}: `));
    expect(output).toMatch(new RegExp(`Location:\\s+\\S*/content/phases/phase-1\\.mdx:${read.firstMistakeLine}:1\\b`));
  });
});

describe('a mistake in the frontmatter or a data file stops the build, naming the file and the field', () => {
  it('7. the feedback address is not an e-mail address', () => {
    const output = buildWithMistakes('bad-email', (dir) =>
      edit(dir, 'content/site/settings.yaml', /^(\s+email:) .*$/m, '$1 publicprograms at ala.org'),
    );
    expect(output).toContain(
      'content/site/settings.yaml: feedback.email: expected an email address such as publicprograms@ala.org, but found the text "publicprograms at ala.org".',
    );
  });

  it('8 and case 7: the frontmatter is not valid YAML (a quote mark and a colon inside a value)', () => {
    let label = '';
    let line = 0;
    const output = buildWithMistakes('bad-yaml', (dir) => {
      const file = 'content/phases/phase-1.mdx';
      label = fieldValue(dir, file, 'label');
      line = lineStarting(dir, file, 'title:');
      edit(dir, file, /^title: .*$/m, `title: ${label}: the "Test" phase`);
    });
    expect(output).toContain(
      `content/phases/phase-1.mdx, line ${line}: the value of title has a quote mark inside it, which ends the value too early: write the line as title: '${label}: the "Test" phase' (single quotes around the value; or keep double quotes and write each " inside it as \\").`,
    );
    expect(output).toMatch(new RegExp(`Location:\\s+\\S*/content/phases/phase-1\\.mdx:${line}:`));
  });
});

describe('mistakes in content/resources/ are reported together', () => {
  let output = '';
  beforeAll(() => {
    output = buildWithMistakes('resources', (dir) => {
      edit(dir, 'content/resources/guide.yaml', /^href: .*$/m, 'href: /downloads/nope.pdf');
      edit(dir, 'content/resources/e-course.yaml', /^href: .*$/m, 'href: /downloads/Leading Conversations.pdf');
      // A third card that links a web page put in the downloads folder: refused even though the file is there.
      mkdirSync(join(dir, 'public', 'downloads'), { recursive: true });
      writeFileSync(join(dir, 'public', 'downloads', 'handout.html'), '<script>alert(1)</script>');
      const guide = readFileSync(join(dir, 'content/resources/guide.yaml'), 'utf8');
      writeFileSync(
        join(dir, 'content/resources/handout.yaml'),
        guide.replace(/^order: .*$/m, 'order: 99').replace(/^href: .*$/m, 'href: /downloads/handout.html'),
      );
    });
  });

  it('12. a download is not in public/', () => {
    expect(output).toContain(
      'content/resources/guide.yaml: href is "/downloads/nope.pdf", but there is no file public/downloads/nope.pdf. Put the file in public/downloads/ or correct the path.',
    );
  });

  it('a download of a kind a browser could run as a page', () => {
    expect(output).toContain(
      'content/resources/handout.yaml: href: "/downloads/handout.html" is not a kind of file this site offers for download: a file in the downloads folder must end in .pdf, .docx, .xlsx, .pptx, .odt, .ods, .odp, .epub, .txt, .csv or .zip.',
    );
  });

  it('case 9: a download file name with a space', () => {
    expect(output).toContain(
      'content/resources/e-course.yaml: href: the file name in "/downloads/Leading Conversations.pdf" has a space, and a web address cannot: rename the file public/downloads/Leading Conversations.pdf to leading-conversations.pdf and write /downloads/leading-conversations.pdf.',
    );
  });
});

// The folder check lists a missing, an empty and a half-loadable folder by one function
// (tests/unit/content-folder.test.ts tries each); one build proves it stops the build.
describe('a content folder that would lose pages stops the build', () => {
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
    expect(output).toMatch(/Location:\s+\S*\/content\/phases\/phase-3\.md\.txt:1:1/);
  });
});

// Issue 14: MDX is Markdown plus the allowed tags. Code in a page is refused before it runs:
// the build stops at content sync, the page is never built and the code never ran. The page
// has no other mistake, so without the check the build would go on and run the code.
describe('code in the text of a page stops the build before any of it runs', () => {
  const file = 'content/phases/phase-1.mdx';
  let output = '';
  let first = 0;
  let ran = false;
  let built = false;
  beforeAll(() => {
    const dir = makeTempSite('mdx-code');
    const marker = join(dir, 'code-ran.txt');
    try {
      first = readFileSync(join(dir, file), 'utf8').split('\n').length + 1;
      appendFileSync(
        join(dir, file),
        [
          '\nThe build machine says {process.env.PATH}.',
          '',
          "import { writeFileSync } from 'node:fs'",
          `export const ran = writeFileSync(${JSON.stringify(marker)}, 'code in a page ran at build time')`,
          '',
          '{ran}',
          '',
        ].join('\n'),
      );
      const result = buildSite(dir);
      expect(result.ok, `the build should have failed:\n${result.output}`).toBe(false);
      output = result.output;
      ran = existsSync(marker);
      built = existsSync(join(dir, 'dist'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and line of {…} first, and builds no page that could print what the code gives', () => {
    expect(output.split('\n').find((line) => line.startsWith('content/'))).toBe(
      `${file}, line ${first}: ${codeInBraces('process.env.PATH')}`,
    );
    expect(output).toMatch(new RegExp(`Location:\\s+\\S*/content/phases/phase-1\\.mdx:${first}:1\\b`));
    // The check that counts: nothing was rendered (a page would print the PATH); the output alone could not tell.
    expect(built, 'dist/ should not exist').toBe(false);
  });

  it('refuses import and export lines, and the export never ran', () => {
    expect(linesOf(output, file)).toEqual(
      expect.arrayContaining([
        `${file}, line ${first + 2}: ${codeLine("import { writeFileSync } from 'node:fs'")}`,
        expect.stringMatching(new RegExp(`^${file}, line ${first + 3}: the line "export const ran = writeFileSync\\(`)),
        `${file}, line ${first + 5}: ${codeInBraces('ran')}`,
      ]),
    );
    expect(ran, 'the export wrote its file: code in a page ran').toBe(false);
  });
});

describe('a heading or a link without words stops the build', () => {
  const file = 'content/phases/phase-2.mdx';
  let output = '';
  let first = 0;
  beforeAll(() => {
    output = buildWithMistakes('wordless', (dir) => {
      first = readFileSync(join(dir, file), 'utf8').split('\n').length + 1;
      appendFileSync(join(dir, file), ['\n## ', '', 'Read [](https://www.ala.org/).', ''].join('\n'));
    });
  });

  it('names the line of an empty heading and of a link without words', () => {
    expect(linesOf(output, file)).toEqual([
      `${file}, line ${first}: ${wordlessHeading(2)}`,
      `${file}, line ${first + 2}: ${wordlessLink('https://www.ala.org/')}`,
    ]);
  });
});

// Issue 14: the rules across the overview and the phases, and content the timeline must draw.
describe('two pages with one label stop the build, naming both files', () => {
  let output = '';
  let expected: string[] = [];
  const read = { label: '', overviewLabel: '' };
  beforeAll(() => {
    output = buildWithMistakes('labels', (dir) => {
      // A phase copied with its label unchanged, and a phase given the overview's label.
      copyPhase(dir, 'phase-2.mdx', 'phase-2-copy.mdx', 102);
      read.label = fieldValue(dir, 'content/phases/phase-2.mdx', 'label');
      edit(dir, 'content/phases/phase-2-copy.mdx', /^label: .*$/m, `label: ${read.label}`);
      read.overviewLabel = fieldValue(dir, 'content/overview/index.mdx', 'label');
      edit(dir, 'content/phases/phase-1.mdx', /^label: .*$/m, `label: ${read.overviewLabel}`);
      // What the rule says about these files, read the way the build reads them.
      const phases = readEntries(dir, 'content/phases', phaseSchema);
      const overview = readEntries(dir, 'content/overview', overviewSchema);
      expected = uniqueLabels(phases, overview, dir).map((problem) => problem.message);
    });
  });

  it('a phase copied with its label unchanged', () => {
    const [first, second] = ['content/phases/phase-2.mdx', 'content/phases/phase-2-copy.mdx'].toSorted((a, b) =>
      a.localeCompare(b),
    );
    const line = output.split('\n').find((text) => text.startsWith(`${first} and ${second} both have label: `));
    expect(line, output).toBeDefined();
    expect(line).toContain(`both have label: ${read.label}. `);
    expect(expected).toContain(line);
  });

  it("a phase with the overview's label", () => {
    const line = output
      .split('\n')
      .find((text) => text.startsWith('content/overview/index.mdx and content/phases/phase-1.mdx both have label: '));
    expect(line, output).toBe(expected.find((message) => message.startsWith('content/overview/index.mdx')));
    expect(line).toContain(`both have label: ${read.overviewLabel}. `);
  });
});

describe('a phase that started decades before the others builds, and the timeline draws every year', () => {
  let dir = '';
  /** The timeline's section of the built home page. */
  let timeline: Element | null = null;
  let phases: ReturnType<typeof readSiteContent>['phases'] = [];
  beforeAll(() => {
    dir = makeTempSite('decades');
    const file = 'content/phases/phase-1.mdx';
    // The guide allows a title without years and any year from 1900: together they once broke the home page.
    const title = fieldValue(dir, file, 'title').replace(/\s*\(\d{4}(?:\s*[-–]\s*\d{2,4})?\)/g, '');
    edit(dir, file, /^title: .*$/m, `title: "${title}"`);
    edit(dir, file, /^(\s+start:) .*$/m, '$1 1980');
    const result = buildSite(dir);
    expect(result.ok, `the build should have passed:\n${result.output}`).toBe(true);
    phases = readSiteContent(dir).phases;
    const { document } = parseHTML(readFileSync(join(dir, 'dist', 'index.html'), 'utf8'));
    timeline = document.getElementById(TIMELINE_ID)?.closest('section') ?? null;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('labels at most MAX_TIMELINE_COLUMNS columns, from a round year at or before 1980 to the last end', () => {
    const axis = timeline?.querySelector(':scope > div > [aria-hidden="true"]');
    const ticks = [...(axis?.querySelectorAll('span') ?? [])].map((span) => Number(span.textContent));
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(MAX_TIMELINE_COLUMNS);
    const step = ticks[1]! - ticks[0]!;
    expect(ticks[0]).toBeLessThanOrEqual(1980);
    expect(ticks.at(-1)! + step).toBeGreaterThan(Math.max(...phases.map((phase) => phase.data.years.end)));
  });

  it('names every phase with its own years in words, and draws its bar inside the axis', () => {
    const items = [...(timeline?.querySelectorAll('ol > li a') ?? [])];
    expect(items.map((a) => a.getAttribute('href'))).toEqual(phases.map((phase) => `/${phase.id}/`));
    const columns = timeline?.querySelectorAll(':scope > div > [aria-hidden="true"] > span').length ?? 0;
    for (const [index, phase] of phases.entries()) {
      expect(items[index]?.textContent).toContain(`${phase.data.label} ${yearRange(phase.data.years)}`);
      const bar = items[index]?.querySelector('[aria-hidden="true"] > span')?.className ?? '';
      const [start, end] = [/col-start-(\d+)/, /col-end-(\d+)/].map((pattern) => Number(pattern.exec(bar)?.[1]));
      expect(start).toBeGreaterThanOrEqual(1);
      expect(end).toBeGreaterThan(start!);
      expect(end).toBeLessThanOrEqual(columns + 1);
    }
  });
});
