import { expect, test, type Page } from '@playwright/test';
import { SITES } from '../support/sites';

/** What the focused element is and how its focus looks, read from the computed style. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').trim().slice(0, 60),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
    };
  });
}

/*
 * A keyboard-only visitor reaches every link of every page with Tab, in order, and always sees
 * where the focus is (WCAG 2.1.1, 2.4.3, 2.4.7): each focused element has a visible outline.
 */
for (const site of SITES)
  for (const path of site.pages) {
    test(`${site.name} site: Tab reaches every link of ${path}, each with a visible focus outline`, async ({
      page,
    }) => {
      await page.goto(new URL(path, site.origin).href);
      const links = await page.locator('a[href]').count();
      const seen: string[] = [];
      for (let i = 0; i < links + 1; i++) {
        await page.keyboard.press('Tab');
        const el = await focused(page);
        if (!el) break;
        expect(el.outlineStyle, `focus on <${el.tag}> "${el.text}" has no outline`).not.toBe('none');
        expect(el.outlineWidth, `focus outline on "${el.text}" is thinner than 2px`).toBeGreaterThanOrEqual(2);
        seen.push(`${el.tag} ${el.href}`);
      }
      expect(seen[0]).toBe('a #main');
      expect(seen).toHaveLength(links);
    });
  }
