import { parseHTML } from 'linkedom';
import { mdxToJs } from 'satteri';
import { expect, it } from 'vitest';
import { TABLE_REGION_CLASS, TABLE_REGION_SELECTOR, tableRegionsPlugin } from '../../src/markdown/table-regions';

/** A Markdown table of two columns and one row. */
const table = (cell: string) => `| Place | ${cell} |\n| --- | --- |\n| Example Town | 1,000 |\n`;

/** The regions of the HTML that MDX text becomes, compiled as the site compiles it (static HTML in one string). */
async function regionsOf(mdx: string, frontmatter: Record<string, unknown> = { title: 'A page' }) {
  const { code } = await mdxToJs(mdx, {
    hastPlugins: [tableRegionsPlugin()],
    // What Astro passes to the plugins of a page: its frontmatter (the rest it fills in).
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
  });
  const html = JSON.parse(/"set:html": ("(?:[^"\\]|\\.)*")/.exec(code)![1]!) as string;
  return [...parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelectorAll('section')];
}

it("tableRegionsPlugin puts each table in a focusable, named region of its own, holding the table and nothing else, and writes a column's alignment as data-align, not as a style attribute the CSP would block", async () => {
  const [region, ...more] = await regionsOf('## Libraries\n\n| A | B | C |\n| :- | :-: | -: |\n| 1 | 2 | 3 |\n');
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
    { title: 'Stage B: one year' },
    ['Table: Stage B: one year', 'Table: First part', 'Table: A smaller part', 'Table: Next'],
  ],
  [
    'two under one heading differently, so that no two regions share one',
    ['## Twice', table('A'), table('B'), table('C')],
    undefined,
    ['Table: Twice', 'Table: Twice (2)', 'Table: Twice (3)'],
  ],
  ['"Table" when the page has neither a title nor a heading before it', [table('A')], {}, ['Table']],
  [
    'none in text without tables, which it leaves as it is',
    ['## A heading', 'Words and a [link](https://www.example.org/).'],
    undefined,
    [],
  ],
])('tableRegionsPlugin names tables: %s', async (_case, paragraphs, frontmatter, names) => {
  const regions = await regionsOf(paragraphs.join('\n\n') + '\n', frontmatter);
  expect(regions.map((region) => region.getAttribute('aria-label'))).toEqual(names);
});

it('tableRegionsPlugin wraps a table written as <table> too, named by its caption, also inside another tag', async () => {
  const regions = await regionsOf(
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
