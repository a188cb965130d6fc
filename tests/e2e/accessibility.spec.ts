import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SITES } from '../support/sites';

/*
 * WCAG 2.2 AA, checked by axe on every page, in both colour schemes, at phone, tablet and
 * desktop widths. No rule is disabled.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [320, 768, 1280];

for (const site of SITES)
  for (const path of site.pages)
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${site.name} site: axe finds no violation on ${path} in the ${colorScheme} scheme at ${WIDTHS.join(', ')} px`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(new URL(path, site.origin).href);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          // Violations only: collecting every passing node as well costs most of axe's time.
          const results = await new AxeBuilder({ page })
            .withTags(TAGS)
            .options({ resultTypes: ['violations'] })
            .analyze();
          const summary = results.violations.map(
            (v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          expect(summary).toEqual([]);
        }
      });
    }
