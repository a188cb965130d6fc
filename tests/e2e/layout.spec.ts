import { expect, test } from '@playwright/test';
import { UI } from '../../src/consts';
import { SITES } from '../support/sites';

for (const site of SITES)
  for (const path of site.pages) {
    const url = new URL(path, site.origin).href;
    test.describe(`${site.name} site: ${path}`, () => {
      // 320 px is WCAG 1.4.10's width; 640 px is a 1280 px window zoomed to 200 %.
      test('no horizontal scrolling at 320 or 640 px', async ({ page }) => {
        for (const width of [320, 640]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(url);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
        }
      });

      // At 1280 px, links that wrap at 320 px fit on one line: the smallest they get.
      test('every link that is not part of a sentence is at least 24 by 24 px at 320 and 1280 px (WCAG 2.5.8)', async ({
        page,
      }) => {
        for (const width of [320, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(url);
          // The skip link is visible only with focus: measure it as a keyboard user sees it.
          await page.keyboard.press('Tab');
          const small = await page.locator('a[href], button').evaluateAll((elements) =>
            elements
              // Links inside a sentence are exempt (WCAG 2.5.8 "inline" exception): an inline link
              // whose block holds other words. A link that stands alone in its list item must be big enough.
              .filter((el) => {
                if (getComputedStyle(el).display !== 'inline') return true;
                const block = el.closest('p, li, dd, td, div');
                return (block?.textContent ?? '').trim() === (el.textContent ?? '').trim();
              })
              .map((el) => ({ text: (el.textContent ?? '').trim(), box: el.getBoundingClientRect() }))
              .filter(({ box }) => box.width < 24 || box.height < 24)
              .map(({ text, box }) => `${text}: ${Math.round(box.width)}x${Math.round(box.height)}`),
          );
          expect(small, `${width} px`).toEqual([]);
        }
      });

      test('nothing moves for visitors who ask for reduced motion', async ({ page }) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(url);
        const motion = await page.evaluate(() => ({
          animations: document.getAnimations().length,
          scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
          transitions: [...document.querySelectorAll('*')].filter(
            (el) => parseFloat(getComputedStyle(el).transitionDuration) > 0,
          ).length,
        }));
        expect(motion).toEqual({ animations: 0, scrollBehavior: 'auto', transitions: 0 });
      });
    });
  }

test('smooth scrolling is used only under prefers-reduced-motion: no-preference', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(SITES[0]!.origin);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

for (const site of SITES) {
  const { settings, phases, resources } = site.content;
  const phase = phases[0]!;
  test(`${site.name} site: print hides the navigation, prints link addresses, and buttons as dark text`, async ({
    page,
  }) => {
    await page.goto(new URL(`/${phase.id}/`, site.origin).href);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: UI.mainNav })).toBeHidden();
    const after = await page
      .getByRole('link', { name: UI.officialPage(settings.publisher.shortName) })
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain(phase.data.learnMore);
    // Printers drop backgrounds: a button's white text would vanish, so it prints as dark text.
    const button = await page
      .getByRole('region', { name: UI.resourcesHeading })
      .getByRole('link')
      .first()
      .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(resources.length).toBeGreaterThan(0);
    expect(button).toEqual(['rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)']);
  });
}
