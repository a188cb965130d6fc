import { describe, expect, it } from 'vitest';
import { UI } from '../../src/consts';
import type { SectionLinks } from '../../src/content-checks/section-links';
import { TIMELINE_ID } from '../../src/lib/timeline';
import { codeInAltText, codeInBraces, codeLine, isEditorNote, statementLines } from '../../src/content-checks/mdx-code';
import { wordlessHeading, wordlessLink } from '../../src/content-checks/wordless';
import { compileText as compile } from '../support/mistakes';

/*
 * MDX is Markdown plus the tags raw-html.ts allows, nothing more: code between braces, import
 * and export lines, fragments and JSX names are refused, each at its line; headings and links
 * need words. Each text is compiled as the editor-mistakes fixture's content/phases/phase-2.mdx,
 * with the site's Markdown processor.
 */

const FILE = 'content/phases/phase-2.mdx';
const at = (line: number) => `${FILE}, line ${line}: `;
const NO_ALT = /the image "\.\/images\/map\.png" has no alt text/;

/** Paragraphs of one text, each with what the compile says of it: its message, or the start of it. */
const REFUSED: [string, ...(string | RegExp)[]][] = [
  // The catalogue of editor mistakes has {…} in a sentence, ## , [](…) and <a href="…"></a>: these are the others.
  ['{1 + 1}', codeInBraces('1 + 1')],
  ['Empty {} braces.', codeInBraces('')],
  // A sentence that starts with "export" is a statement.
  ['export of the data is due.', codeLine('export of the data is due.')],
  // Braces in an image's alt text are code too, refused once each.
  ['![{x}](./images/map.png) and ![{x}](./images/map.png)', /\{x\} is code between braces/],
  // href=, cite= and src= on every tag are checked as links and files.
  ['<area href="javascript:alert(1)" alt="Map" />', /the link "javascript:alert\(1\)" runs code/],
  ['<blockquote cite="javascript:alert(1)">Said</blockquote>', /the link "javascript:alert\(1\)" runs code/],
  ['<source src="https://example.org/a.png" />', /the image "https:\/\/example\.org\/a\.png" is on another site/],
  // A level-1 heading written <h1> is one written #.
  ['<h1>Funders</h1>', /.*write ## Funders/],
  // Headings and links need words, at any level, and a picture without alt text gives none.
  ['### ', wordlessHeading(3)],
  ['<h4></h4>', wordlessHeading(4)],
  ['## ![](./images/map.png)', wordlessHeading(2), NO_ALT],
  ['#', wordlessHeading(1)],
  ['[![](./images/map.png)](/phase-1/)', wordlessLink('/phase-1/'), NO_ALT],
  ['[ ](https://www.ala.org/)', wordlessLink('https://www.ala.org/')],
  // GFM writes a footnote's back-link (↩) itself: the link needs its words, at the note's line.
  ['Intro[^1].'],
  ['[^1]: See [](https://www.ala.org/).', /the link to "https:\/\/www\.ala\.org\/" has no words/],
];

describe('the compile of the text of a page', () => {
  it('refuses code, unsafe addresses, a heading written <h1>, headings and links without words, each at its line', () => {
    const { problems } = compile(REFUSED.map(([text]) => text).join('\n\n') + '\n');
    const expected = REFUSED.flatMap(([, ...says], index) =>
      says.map((said): unknown =>
        typeof said === 'string'
          ? at(2 * index + 1) + said
          : expect.stringMatching(new RegExp(`^${at(2 * index + 1).replaceAll('.', '\\.')}${said.source}`)),
      ),
    );
    expect(problems).toEqual(expected);
  });

  it('allows notes for editors, an escaped brace, allowed tags (their addresses under the base path), an <a> without an address, and links and headings with words', () => {
    const allowed = [
      '{/* A note for the next editor */}',
      '## The cohort {/* checked in 2024 */}',
      'A brace written \\{ as text }, and <abbr title="American Library Association">ALA</abbr>.<br />',
      '[Phase 1](/phase-1/), <a href="https://www.ala.org/">ALA</a> and [![The map](./images/map.png)](/phase-1/).',
      '<a href="/phase-1/"><abbr title="Phase 1">P1</abbr></a>',
      '<a id="top"></a>',
      '![The \\{ key{/* note */}](./images/map.png)',
      '### 2016',
      // An address in any tag goes under the base path.
      '<area href="/phase-2/" alt="Phase 2" />',
    ];
    const { problems, code } = compile(allowed.join('\n\n') + '\n', '/tools/ltc/');
    expect(problems).toEqual([]);
    expect(code).not.toContain('next editor');
    expect(code).toContain('A brace written { as text }');
    expect(code).toContain('href="/tools/ltc/phase-2/"');
  });

  it('records each link to a section of this site at its line, in Markdown or in a tag, for the check of the built pages', () => {
    const sections: SectionLinks = new Map();
    compile(`Intro.\n\n[The timeline](/#${TIMELINE_ID})\n\n<a href="/phase-1/#partners">Partners</a>\n`, '/', sections);
    expect(sections.get('content/phases/phase-2.mdx')).toEqual([
      { link: `/#${TIMELINE_ID}`, page: '/', id: TIMELINE_ID, line: 3 },
      { link: '/phase-1/#partners', page: '/phase-1/', id: 'partners', line: 5 },
    ]);
  });

  it("names a table above the page's first heading by the page's title, read from its fields", () => {
    const { code } = compile('---\ntitle: A page of tables\n---\n\n| Year |\n| ---- |\n| 2016 |\n');
    expect(code).toContain(`aria-label="${UI.tableRegion('A page of tables')}"`);
  });
});

describe('the helpers of the checks of code', () => {
  it('takes only notes as notes: code after a note, or between two, is code', () => {
    expect(isEditorNote('/* a note */')).toBe(true);
    expect(isEditorNote(' /* one */ /* two */ ')).toBe(true);
    expect(isEditorNote('')).toBe(false);
    expect(isEditorNote('/* a */ process.env.PATH')).toBe(false);
    expect(isEditorNote('/* a */ x /* b */')).toBe(false);
    expect(isEditorNote('// a line note')).toBe(false);
  });

  it('gives each statement of a block of imports and exports its own line', () => {
    expect(statementLines('import a from "a"\nexport const b = {\n  c: 1,\n}', 7)).toEqual([
      { line: 7, text: 'import a from "a"' },
      { line: 8, text: 'export const b = {' },
    ]);
  });

  it('finds the code between braces in the alt text of Markdown images, but not \\{, notes or other text', () => {
    expect(codeInAltText('![{process.env.PATH}](/images/map.png) {outside} ![a {x} b {y}](/a.png)')).toEqual([
      'process.env.PATH',
      'x',
      'y',
    ]);
    expect(codeInAltText('![The \\{ key {/* note */}](/images/map.png) [{link}](/phase-1/)')).toEqual([]);
  });
});
