import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteContent } from '../support/site-content';
import { buildSite, makeTempSite } from '../support/temp-site';

/*
 * Editors write links to this site from its root, /phase-1/; a site built for a sub-path
 * (BASE_PATH=/tools/ltc/) must still link to its own pages.
 */

let dir = '';
// The link is written on the last phase's page and goes to the first phase's.
let from = '';
let to = '';
beforeAll(() => {
  dir = makeTempSite('base-path-links');
  const { phases } = readSiteContent(dir);
  from = phases.at(-1)!.id;
  to = phases[0]!.id;
  appendFileSync(
    join(dir, 'content', 'phases', `${from}.mdx`),
    `\nRead about [the first phase](/${to}/#partners) and <a href="/">the overview</a>.\n`,
  );
  const result = buildSite(dir, { BASE_PATH: '/tools/ltc/' });
  expect(result.ok, result.output).toBe(true);
});

// The copy's node_modules holds links only: removing them leaves the packages alone.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function linkTo(text: string): string | null {
  const { document } = parseHTML(readFileSync(join(dir, 'dist', from, 'index.html'), 'utf8'));
  const link = [...document.querySelectorAll('main a')].find((a) => a.textContent === text);
  return link ? link.getAttribute('href') : null;
}

describe('links in MDX text under BASE_PATH', () => {
  it('puts the base path in front of a Markdown link to a page, keeping its #section', () => {
    expect(linkTo('the first phase')).toBe(`/tools/ltc/${to}/#partners`);
  });

  it('puts the base path in front of a link written as an <a> tag', () => {
    expect(linkTo('the overview')).toBe('/tools/ltc/');
  });
});
