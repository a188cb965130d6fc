import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { TABLE_REGION_CLASS, TABLE_REGION_SELECTOR } from '../../src/markdown/table-regions';
import { compileText } from '../support/mistakes';

/** A Markdown table of two columns and one row. */
const table = (cell: string) => `| Place | ${cell} |\n| --- | --- |\n| Example Town | 1,000 |\n`;

/** The regions of the HTML of a page with this title (none: null) and text, compiled as the site compiles it. */
function regionsOf(text: string, title: string | null = 'A page') {
  const { code, problems } = compileText(
    `${title === null ? '' : `---\ntitle: ${JSON.stringify(title)}\n---\n\n`}${text}`,
  );
  expect(problems).toEqual([]);
  return [...parseHTML(`<!doctype html><html><body>${code}</body></html>`).document.querySelectorAll('section')];
}

it("tableRegionsPlugin puts each table in a focusable, named region of its own, holding the table and nothing else, and writes a column's alignment as data-align, not as a style attribute the CSP would block", () => {
  const [region, ...more] = regionsOf('## Libraries\n\n| A | B | C |\n| :- | :-: | -: |\n| 1 | 2 | 3 |\n');
  const cells = [...region!.querySelectorAll('td')];
  expect(cells.map((cell) => cell.getAttribute('data-align'))).toEqual(['left', 'center', 'right']);
  expect(region!.querySelector('[style]')).toBeNull();
  expect(more).toEqual([]);
  expect(region!.matches(TABLE_REGION_SELECTOR)).toBe(true);
  expect(region!.className).toBe(TABLE_REGION_CLASS);
  expect(region!.getAttribute('tabindex')).toBe('0');
  expect(region!.getAttribute('aria-label')).toBe('Table: Libraries');
  expect([...region!.children].map((child) => child.tagName)).toEqual(['TABLE']);
  expect(region!.querySelectorAll('th').length).toBe(3);
});

it.each([
  [
    'after the nearest heading before it, at any level, or the page title above the first',
    [table('A'), '## First *part*', 'Words.', table('B'), '### A `smaller` part', table('C'), '## Next', table('D')],
    'Stage B: one year',
    ['Table: Stage B: one year', 'Table: First part', 'Table: A smaller part', 'Table: Next'],
  ],
  [
    'two under one heading differently, so that no two regions share one',
    ['## Twice', table('A'), table('B'), table('C')],
    undefined,
    ['Table: Twice', 'Table: Twice (2)', 'Table: Twice (3)'],
  ],
  ['"Table" when the page has neither a title nor a heading before it', [table('A')], null, ['Table']],
  [
    'none in text without tables, which it leaves as it is',
    ['## A heading', 'Words and a [link](https://www.example.org/).'],
    undefined,
    [],
  ],
])('tableRegionsPlugin names tables: %s', (_case, paragraphs, title, names) => {
  const regions = regionsOf(paragraphs.join('\n\n') + '\n', title);
  expect(regions.map((region) => region.getAttribute('aria-label'))).toEqual(names);
});

it('tableRegionsPlugin wraps a table written as <table> too, named by its caption, also inside another tag', () => {
  const regions = regionsOf(
    [
      '## Counts',
      '<table><caption>Visitors by   year</caption><tbody><tr><td>2022</td></tr></tbody></table>',
      '<div>\n<table>\n<tbody><tr><td>2023</td></tr></tbody>\n</table>\n</div>',
    ].join('\n\n'),
  );
  expect(regions.map((region) => region.getAttribute('aria-label'))).toEqual(['Visitors by year', 'Table: Counts']);
  expect(regions.map((region) => region.getAttribute('tabindex'))).toEqual(['0', '0']);
  expect(regions[1]!.parentElement?.tagName).toBe('DIV');
  expect(regions.map((region) => region.firstElementChild?.tagName)).toEqual(['TABLE', 'TABLE']);
});
