import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageName, SCREENSHOTS } from '../engines/runner';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe';
import { REAL_SITE, SITES } from '../support/sites';

/*
 * WCAG 2.2 AA, checked by axe-core on every page of both sites, in both colour schemes, at phone,
 * tablet and desktop widths. No rule is disabled. Each page of the real site is photographed per
 * scheme and width into screenshots/chromium/, beside Firefox's and WebKit's (tests/engines/).
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
          // Evidence for a person after a run: not compared, only kept.
          if (site === REAL_SITE)
            await page.screenshot({
              path: join(SCREENSHOTS, 'chromium', `${colorScheme}-${width}`, `${pageName(path)}.png`),
              fullPage: true,
            });
        }
      }
      expect(found).toEqual([]);
    });
