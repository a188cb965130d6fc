import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, SITES } from '../support/sites';
import * as check from './page-checks';

/*
 * Every page of both sites, each in one test that visits it once and runs every check of
 * page-checks.ts as a step (the step that fails names the check): first what needs the page as it
 * loaded (no focus yet for the Tab walk), last what changes it.
 */
for (const site of SITES)
  for (const path of site.pages) {
    const url = new URL(path, site.origin).href;

    test(`${site.name} site: ${path}`, async ({ page }) => {
      const log = await check.watch(page, url, path);
      await page.goto(url);

      await test.step('stays on its origin, stores nothing, breaks no policy, loads no script or font, shifts nothing', () =>
        check.loadsPrivately(page, site, log));
      await test.step('describes itself in one JSON-LD block, and names its canonical address', () =>
        check.describesItself(page, site, path));
      if (path !== NOT_FOUND_PATH)
        await test.step('shows its content: key facts, sources, resource cards, feedback mail', () =>
          check.showsItsContent(page, site, path));
      await test.step('Tab reaches every link in order, each with a visible focus outline', () =>
        check.tabsThroughEveryLink(page));
      await test.step(`axe, sideways scrolling, target sizes and list markers in both schemes at ${check.AXE_WIDTHS.join(', ')} px and more`, () =>
        check.fitsEveryWidth(page, path));
      await test.step('moves nothing for visitors who ask for reduced motion', () => check.respectsReducedMotion(page));
      await test.step('reads in order without its stylesheet, and no picture grows', () =>
        check.readsWithoutStylesheet(page));
      // Whatever the steps did, the page logged no error.
      expect(log.errors).toEqual([]);
    });
  }
