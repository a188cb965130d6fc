import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { TABLE_REGION_SELECTOR } from '../../src/markdown/table-regions.ts';
import { ROOT } from './temp-site.ts';

/** An address of this site that answers 404, to test the not-found page like any other. */
export const NOT_FOUND_PATH = '/no-such-page/';

/** Every <loc> of a sitemap file, in order, with XML entities decoded. */
export function sitemapLocations(xml: string): string[] {
  return [...parseHTML(xml).document.querySelectorAll('loc')].map((loc) => loc.textContent.trim());
}

/**
 * Every page of the built site: the paths of dist/sitemap-0.xml (without their origin) plus
 * the 404 page. Tests iterate over this list, so a new page is tested without a new test.
 */
export function builtPages(distDir = join(ROOT, 'dist')): string[] {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const paths = sitemapLocations(xml).map((loc) => new URL(loc).pathname);
  if (paths.length === 0)
    throw new Error(`${distDir}/sitemap-0.xml lists no page: build the site first (npm run build).`);
  return [...paths, NOT_FOUND_PATH];
}

/**
 * The pages of a built site that hold a table (in its scrolling region): where the Firefox and
 * WebKit checks look at the fixture site, whose wide table the real content does not have.
 */
export function pagesWithTables(distDir: string): string[] {
  return builtPages(distDir).filter((path) => {
    const file = join(distDir, path === NOT_FOUND_PATH ? '404.html' : `${path.slice(1)}index.html`);
    return parseHTML(readFileSync(file, 'utf8')).document.querySelector(TABLE_REGION_SELECTOR) !== null;
  });
}
