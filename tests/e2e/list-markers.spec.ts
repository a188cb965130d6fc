import { expect, test } from '@playwright/test';
import { listMarkers } from '../engines/checks';
import { NOT_FOUND_PATH, SITES } from '../support/sites';

/*
 * A list's number or bullet stands on the first line of its item, also when the item's text wraps
 * (a long source title at 1280 px, most titles at 320 px). listMarkers() says how it measures; it
 * checks every list with markers, so the test needs no wording and covers the Sources list of every
 * page (the 404 page has none). Firefox and WebKit run the same check (tests/engines/).
 */
const WIDTHS = [320, 768, 1280];

for (const site of SITES)
  for (const path of site.pages) {
    test(`${site.name} site: every list marker on ${path} stands on the first line of its item at ${WIDTHS.join(', ')} px`, async ({
      page,
    }) => {
      await page.goto(new URL(path, site.origin).href);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const { checked, misplaced } = await page.evaluate(listMarkers);
        expect(misplaced, `at ${width} px`).toEqual([]);
        // Every page but the 404 page ends with its Sources list: the check must have found it.
        if (path !== NOT_FOUND_PATH) expect(checked, `list items with markers at ${width} px`).toBeGreaterThan(0);
      }
    });
  }
