import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The built site that the audits read. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * The content pages of a build: every HTML file of its dist/ (relative, sorted), the 404 page
 * included, except /admin/, the CMS, which runs JavaScript by design. Throws when there is no build.
 */
export function builtPages(dist = DIST): string[] {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .sort();
  if (pages.length === 0) throw new Error(`No page in ${dist}: this reads the built site. Run "npm run build" first.`);
  return pages;
}

/** The addresses of the built pages but the 404 page (each its folder's index.html), sorted: /, /phase-1/. */
export function pagePaths(dist = DIST): string[] {
  return builtPages(dist)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

/**
 * The pages of a built site that hold an element `selector` finds: those with a table (in its scrolling
 * region, TABLE_REGION_SELECTOR), where the Firefox and WebKit checks look at the fixture site, or a picture.
 */
export function pagesWith(dist: string, selector: string): string[] {
  return pagePaths(dist).filter((path) =>
    parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document.querySelector(selector),
  );
}

/** The feedback block's e-mail link (FeedbackBlock.astro), which every page has: a page's text may mail others. */
export const FEEDBACK_MAIL = '[aria-labelledby="feedback-heading"] a[href^="mailto:"]';
