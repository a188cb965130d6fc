import { expect, test, type Page } from '@playwright/test';
import { MAX_NAV_PHASES } from '../../src/lib/navigation';
import { SITES } from '../support/sites';

/*
 * The header's navigation names the overview and up to MAX_NAV_PHASES phases, and at 1280 px all
 * of them stand on one row when the phases have labels of ALA's kind ("Phase 6"). A build per
 * count would cost seconds each, so the test gives the built page's phase links such labels and
 * adds copies up to the most the header can name: links in the real markup and stylesheet. Labels
 * are the editors' words and may be longer: as built, the links must then wrap tidily, never
 * overlap or leave the screen.
 */
async function navWithPhases(page: Page, links: number) {
  return page
    .getByRole('banner')
    .getByRole('navigation')
    .evaluate((nav, wanted) => {
      const list = nav.querySelector('ul')!;
      const model = [...list.querySelectorAll('li')].at(-1)!;
      while (list.querySelectorAll('a').length < wanted) list.append(model.cloneNode(true));
      // The first link is the overview's; the others are phases.
      [...list.querySelectorAll('a')].slice(1).forEach((link, index) => (link.textContent = `Phase ${index + 1}`));
      return [...nav.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().top));
    }, links);
}

/** The header's links that overlap another or leave a screen of this width. */
async function untidyLinks(page: Page, width: number) {
  const boxes = await page
    .getByRole('banner')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
  const overlaps = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`),
  );
  const outside = boxes
    .filter((box) => box.left < 0 || box.right > width)
    .map((box) => `${JSON.stringify(box)} is off screen`);
  return [...overlaps, ...outside];
}

for (const site of SITES)
  for (const path of site.pages) {
    test(`${site.name} site: at 1280 px the header of ${path} is tidy as built, and holds ${MAX_NAV_PHASES} phases on one row`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(new URL(path, site.origin).href);
      expect(await untidyLinks(page, 1280)).toEqual([]);
      const tops = await navWithPhases(page, MAX_NAV_PHASES + 1);
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
  await navWithPhases(page, MAX_NAV_PHASES + 1);
  expect(await untidyLinks(page, 320)).toEqual([]);
  const header = await page.getByRole('banner').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(640 / 2);
});
