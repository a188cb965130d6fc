import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { TABLE_REGION_SELECTOR } from '../../src/markdown/table-regions.ts';

/**
 * The pages of a built site that hold a table (in its scrolling region), sorted: where the Firefox
 * and WebKit checks look at the fixture site, whose wide table the real content does not have.
 */
export function pagesWithTables(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .filter((file) =>
      parseHTML(readFileSync(join(distDir, file), 'utf8')).document.querySelector(TABLE_REGION_SELECTOR),
    )
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

/** The feedback block's e-mail link (FeedbackBlock.astro), which every page has: a page's text may mail others. */
export const FEEDBACK_MAIL = '[aria-labelledby="feedback-heading"] a[href^="mailto:"]';
