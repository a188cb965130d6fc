import { expect, test } from '@playwright/test';
import { builtPages, NOT_FOUND_PATH } from '../support/site-pages';

/*
 * A list's number or bullet stands on the first line of its item, also when the item's text wraps
 * (a long source title at 1280 px, most titles at 320 px). A ::marker has no box a script can
 * measure, but it sits on the baseline of its item's first line box, and so does an empty inline
 * probe put first in the item: the probe must share its line with the first line of the item's text.
 * Every list with markers is checked, so the test needs no wording and covers the Sources list of
 * every page (the 404 page has none).
 */
const WIDTHS = [320, 768, 1280];

for (const path of builtPages()) {
  test(`every list marker on ${path} stands on the first line of its item at ${WIDTHS.join(', ')} px`, async ({
    page,
  }) => {
    await page.goto(path);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const { checked, misplaced } = await page.evaluate(() => {
        const items = [...document.querySelectorAll('li')].filter((li) => {
          const style = getComputedStyle(li);
          return style.display === 'list-item' && style.listStyleType !== 'none' && li.offsetParent !== null;
        });
        const misplaced: string[] = [];
        for (const li of items) {
          // The first line of the item's own text: the first rectangle of its first non-blank text.
          const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT, {
            acceptNode: (node) => ((node.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
          });
          const text = walker.nextNode();
          if (!text) continue;
          const range = document.createRange();
          range.selectNodeContents(text);
          const firstLine = range.getClientRects()[0];
          const probe = document.createElement('span');
          probe.textContent = '\u200b';
          li.prepend(probe);
          const marker = probe.getBoundingClientRect();
          probe.remove();
          if (!firstLine) continue;
          const markerMiddle = (marker.top + marker.bottom) / 2;
          if (markerMiddle < firstLine.top || markerMiddle > firstLine.bottom)
            misplaced.push(
              `"${(li.textContent ?? '').trim().slice(0, 50)}": marker at y=${Math.round(markerMiddle)}, ` +
                `first line from y=${Math.round(firstLine.top)} to ${Math.round(firstLine.bottom)}`,
            );
        }
        return { checked: items.length, misplaced };
      });
      expect(misplaced, `at ${width} px`).toEqual([]);
      // Every page but the 404 page ends with its Sources list: the check must have found it.
      if (path !== NOT_FOUND_PATH) expect(checked, `list items with markers at ${width} px`).toBeGreaterThan(0);
    }
  });
}
