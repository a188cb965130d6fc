import { describe, expect, it } from 'vitest';
import { mdxSyntaxProblem } from '../../src/content-checks/entry-errors';
import {
  codeInAltText,
  codeInBraces,
  codeLine,
  firstBracesLine,
  isEditorNote,
  statementLines,
  UNREADABLE_BRACES,
} from '../../src/content-checks/mdx-code';
import { wordlessHeading, wordlessLink } from '../../src/content-checks/wordless';
import { compileText as compile } from '../support/mistakes';

/*
 * MDX is Markdown plus the tags raw-html.ts allows, nothing more: code between braces, import
 * and export lines, fragments and JSX names are refused, each at its line; headings and links
 * need words. Each text is compiled as content/phases/phase-2.mdx with the site's Markdown processor.
 */

const FILE = 'content/phases/phase-2.mdx';

const at = (line: number) => `${FILE}, line ${line}: `;

describe('code in the text of a page is refused, each piece at its line', () => {
  it('refuses {…} in the text, inline and on a line of its own', () => {
    const { problems } = compile('Hello {process.env.PATH} there.\n\n{1 + 1}\n\nEmpty {} braces.\n');
    expect(problems).toEqual([
      at(1) + codeInBraces('process.env.PATH'),
      at(3) + codeInBraces('1 + 1'),
      at(5) + codeInBraces(''),
    ]);
  });

  it('refuses a sentence that starts with "export" as a statement', () => {
    const { problems } = compile('Text.\n\nexport of the data is due.\n');
    expect(problems).toEqual([at(3) + codeLine('export of the data is due.')]);
  });

  it('finds the first braces of the text when the error has no position: ={ first, then { outside notes and \\{', () => {
    expect(firstBracesLine('\n{/* note */} \\{ x\n\nA {b} c\n')).toBe(4);
    expect(firstBracesLine('A {b} c\n\n<a title={x}>y</a>\n')).toBe(3);
    expect(firstBracesLine('No braces at all.\n')).toBeUndefined();
    expect(
      mdxSyntaxProblem(FILE, 'Could not parse expression with oxc: Unexpected token', '\n<a title={}>x</a>\n').message,
    ).toBe(at(2) + UNREADABLE_BRACES);
  });
});

describe('what MDX pages may still hold', () => {
  it('allows notes for editors, an escaped brace, allowed tags, and links and headings with words', () => {
    const { problems, code } = compile(
      [
        '{/* A note for the next editor */}',
        '',
        '## The cohort {/* checked in 2024 */}',
        '',
        'A brace written \\{ as text }, and <abbr title="American Library Association">ALA</abbr>.<br />',
        '',
        '[Phase 1](/phase-1/), <a href="https://www.ala.org/">ALA</a> and [![The map](./images/map.png)](/phase-1/).',
        '',
        '<a href="/phase-1/"><abbr title="Phase 1">P1</abbr></a>',
        '',
        '### 2016',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(code).not.toContain('next editor');
    expect(code).toContain('A brace written { as text }');
  });

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
});

describe('headings and links need words', () => {
  it('refuses an empty heading, at any level, and one that holds only a picture without alt text', () => {
    const { problems } = compile('##\n\n### \n\n<h4></h4>\n\n## ![](./images/map.png)\n\n#\n');
    expect(problems).toEqual([
      at(1) + wordlessHeading(2),
      at(3) + wordlessHeading(3),
      at(5) + wordlessHeading(4),
      at(7) + wordlessHeading(2),
      expect.stringMatching(/^content\/phases\/phase-2\.mdx, line 7: the image "\.\/images\/map\.png" has no alt text/),
      at(9) + wordlessHeading(1),
    ]);
  });

  it('refuses a link without words: [](…), <a href="…"></a>, and one that holds only a picture without alt text', () => {
    const { problems } = compile(
      '[](https://www.ala.org/)\n\n<a href="/phase-1/"></a>\n\n[![](./images/map.png)](/phase-1/)\n\n[ ](https://www.ala.org/)\n',
    );
    expect(problems).toEqual([
      at(1) + wordlessLink('https://www.ala.org/'),
      at(3) + wordlessLink('/phase-1/', true),
      at(5) + wordlessLink('/phase-1/'),
      expect.stringMatching(/^content\/phases\/phase-2\.mdx, line 5: the image "\.\/images\/map\.png" has no alt text/),
      at(7) + wordlessLink('https://www.ala.org/'),
    ]);
  });

  it('leaves alone an <a> without an address, which is no link', () => {
    expect(compile('<a id="top"></a>\n\nText.\n').problems).toEqual([]);
  });
});

describe('codeInAltText', () => {
  it('finds the code between braces in the alt text of Markdown images, but not \\{, notes or other text', () => {
    expect(codeInAltText('![{process.env.PATH}](/images/map.png) {outside} ![a {x} b {y}](/a.png)')).toEqual([
      'process.env.PATH',
      'x',
      'y',
    ]);
    expect(codeInAltText('![The \\{ key {/* note */}](/images/map.png) [{link}](/phase-1/)')).toEqual([]);
  });
});
