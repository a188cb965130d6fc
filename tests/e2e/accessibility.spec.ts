import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageName, SCREENSHOTS } from '../engines/runner';
import { builtPages } from '../support/site-pages';

/*
 * WCAG 2.2 AA, checked by axe on every page, in both colour schemes, at phone, tablet and
 * desktop widths. No rule is disabled. Each page is photographed per scheme and width into
 * screenshots/chromium/.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [320, 768, 1280];

for (const path of builtPages()) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violation on ${path} in the ${colorScheme} scheme at ${WIDTHS.join(', ')} px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map(
          (v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
        // Evidence beside Firefox's and WebKit's (tests/engines/): not compared, only kept.
        await page.screenshot({
          path: join(SCREENSHOTS, 'chromium', `${colorScheme}-${width}`, `${pageName(path)}.png`),
          fullPage: true,
        });
      }
    });
  }
}
