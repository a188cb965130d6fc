import { expect, test, type Page } from '@playwright/test';
import { SITES } from '../support/sites';

/*
 * A browser older than the stylesheet's needs (Tailwind 4: Safari 16.4, Chrome 111, Firefox 128;
 * see the README) drops most of it. The page must still read as plain HTML: with no style at all,
 * the skip link comes first, then the header's navigation, the page's content, the resource cards
 * and the feedback address, in that order, and no picture grows past the size the stylesheet gives
 * it (an SVG without width and height attributes would fill the screen). The stylesheet is inlined,
 * so the test removes every <style> (and any stylesheet link) from the loaded page.
 * Elements are found by role and landmark, not by their words.
 */

/** The size of every picture of the page, in document order. */
function pictureSizes(page: Page) {
  return page.locator('svg, img').evaluateAll((pictures) =>
    pictures.map((picture) => ({
      picture: picture.outerHTML.slice(0, 80),
      width: picture.getBoundingClientRect().width,
      height: picture.getBoundingClientRect().height,
    })),
  );
}

async function top(locator: ReturnType<Page['locator']>): Promise<number> {
  await expect(locator).toBeVisible();
  return (await locator.boundingBox())!.y;
}

for (const site of SITES)
  for (const path of site.pages) {
    test(`${site.name} site: ${path} reads in order without its stylesheet, and no picture grows`, async ({ page }) => {
      await page.goto(new URL(path, site.origin).href);
      const styled = await pictureSizes(page);
      await page.evaluate(() => {
        for (const sheet of document.querySelectorAll('style, link[rel~="stylesheet"]')) sheet.remove();
      });
      expect(await page.evaluate(() => document.styleSheets.length)).toBe(0);

      const unstyled = await pictureSizes(page);
      expect(unstyled).toHaveLength(styled.length);
      const grown = unstyled.filter(
        (size, i) => size.width > styled[i]!.width + 0.5 || size.height > styled[i]!.height + 0.5,
      );
      expect(grown, JSON.stringify({ styled, unstyled })).toEqual([]);

      const main = page.getByRole('main');
      const mainId = await main.getAttribute('id');
      // The skip link: the page's first link, to the main content.
      const skip = page.getByRole('link').first();
      await expect(skip).toHaveAttribute('href', `#${mainId}`);
      const order = [
        await top(skip),
        await top(page.getByRole('banner').getByRole('navigation')),
        await top(main.getByRole('heading', { level: 1 })),
        // The resource cards: the list items of the content that hold a picture.
        await top(
          main
            .getByRole('listitem')
            .filter({ has: page.getByRole('img') })
            .first(),
        ),
        await top(main.locator('a[href^="mailto:"]')),
      ];
      expect(order, 'skip link, navigation, content, cards, feedback address').toEqual(
        [...order].sort((a, b) => a - b),
      );
      expect(new Set(order).size).toBe(order.length);
    });
  }
