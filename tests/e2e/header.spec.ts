import { expect, test } from '@playwright/test';
import { MAX_NAV_PHASES } from '../../src/lib/navigation';
import { SITES } from '../support/sites';

/*
 * The header's navigation names the overview and up to MAX_NAV_PHASES phases, and at 1280 px all
 * of them stand on one row. Today's content has fewer phases than that, and a build per count
 * would cost seconds each, so the test adds copies of a phase link to the built page until it holds
 * as many as the most the header can name, each labelled like the phase it copies with the next
 * number ("Phase 2" gives "Phase 3"): links of the real length, in the real markup and stylesheet.
 */
async function navLinkTops(page: import('@playwright/test').Page, links: number) {
  return page
    .getByRole('banner')
    .getByRole('navigation')
    .evaluate((nav, wanted) => {
      const list = nav.querySelector('ul')!;
      const model = [...list.querySelectorAll('li')].findLast((li) => !li.querySelector('[aria-current]'))!;
      let count = nav.querySelectorAll('a').length;
      for (; count < wanted; count++) {
        const copy = model.cloneNode(true) as HTMLElement;
        const link = copy.querySelector('a')!;
        link.textContent = (link.textContent ?? '').replace(/\d+/, String(count));
        list.append(copy);
      }
      return [...nav.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().top));
    }, links);
}

for (const site of SITES)
  for (const path of site.pages) {
    test(`${site.name} site: at 1280 px the header of ${path} holds its navigation on one row, also with ${MAX_NAV_PHASES} phases`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(new URL(path, site.origin).href);
      const nav = page.getByRole('banner').getByRole('navigation');
      const built = await nav.getByRole('link').count();
      expect(built).toBeGreaterThan(1);
      // As built, whatever the number of phases in content/.
      expect(new Set(await navLinkTops(page, built)).size, 'rows of links as built').toBe(1);
      // With the overview and the most phases the header names.
      const tops = await navLinkTops(page, MAX_NAV_PHASES + 1);
      expect(tops).toHaveLength(MAX_NAV_PHASES + 1);
      expect(new Set(tops).size, `rows of ${tops.length} links`).toBe(1);
    });
  }

// Tidy on a phone: with the most phases the header names, every link stays on the screen, none
// overlaps another, and the header leaves at least half of a small phone's screen to the page.
test(`at 320 px the header with ${MAX_NAV_PHASES} phases stays on the screen and within half of it`, async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(SITES[0]!.origin);
  await navLinkTops(page, MAX_NAV_PHASES + 1);
  const boxes = await page
    .getByRole('banner')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
  const overlaps = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${JSON.stringify(a)} and ${JSON.stringify(b)}`),
  );
  expect(overlaps).toEqual([]);
  expect(boxes.filter((box) => box.left < 0 || box.right > 320)).toEqual([]);
  const header = await page.getByRole('banner').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(640 / 2);
});
