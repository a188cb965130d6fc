import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site-pages';

/*
 * WCAG 2.2 AA, checked by axe on every page, in both colour schemes, at phone, tablet and
 * desktop widths. No rule is disabled.
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
      }
    });
  }
}
