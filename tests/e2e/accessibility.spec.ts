import { expect, test } from '@playwright/test';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe';
import { SITES } from '../support/sites';

/*
 * WCAG 2.2 AA, checked by axe-core on every page of both sites, in both colour schemes, at phone,
 * tablet and desktop widths. No rule is disabled.
 */
const WIDTHS = [320, 768, 1280];
const source = axeSource();

for (const site of SITES)
  for (const path of site.pages)
    test(`${site.name} site: axe finds no violation on ${path} in either scheme at ${WIDTHS.join(', ')} px`, async ({
      page,
    }) => {
      await page.goto(new URL(path, site.origin).href);
      await page.evaluate(source);
      const found: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const violations = await page.evaluate(axeViolations, AXE_TAGS);
          found.push(...violations.map((line) => `${colorScheme} ${width}px ${line}`));
        }
      }
      expect(found).toEqual([]);
    });
