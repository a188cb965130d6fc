import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, SITES } from '../support/sites';
import {
  AXE_WIDTHS,
  describesItself,
  fitsEveryWidth,
  listsSources,
  loadsPrivately,
  mailsFeedback,
  readsWithoutStylesheet,
  respectsReducedMotion,
  showsKeyFacts,
  showsResourceCards,
  tabsThroughEveryLink,
  watch,
} from './page-checks';

/*
 * Every page of both sites, each in one test that visits it once and runs every check of
 * page-checks.ts as a step (the step that fails names the check): first what needs the page as it
 * loaded (no focus yet for the Tab walk), last what changes it.
 */
for (const site of SITES)
  for (const path of site.pages) {
    const url = new URL(path, site.origin).href;
    const isPhase = site.content.phases.some((phase) => `/${phase.id}/` === path);

    test(`${site.name} site: ${path}`, async ({ page }) => {
      const log = await watch(page, url, path);
      await page.goto(url);

      await test.step('stays on its origin, stores nothing, breaks no policy, loads no script or font, shifts nothing', () =>
        loadsPrivately(page, site, log));
      await test.step('describes itself in one JSON-LD block, and names its canonical address', () =>
        describesItself(page, site, path));
      if (path !== NOT_FOUND_PATH) {
        if (isPhase)
          await test.step('shows its key facts and its official page', () => showsKeyFacts(page, site, path));
        await test.step("ends with its own sources, then the resource cards' sources", () =>
          listsSources(page, site, path));
        await test.step('shows every resource card, in order, with its picture and its link', () =>
          showsResourceCards(page, site));
        await test.step('mails feedback with a subject naming the page', () => mailsFeedback(page, site, path));
      }
      await test.step('Tab reaches every link in order, each with a visible focus outline', () =>
        tabsThroughEveryLink(page));
      await test.step(`axe, sideways scrolling, target sizes and list markers in both schemes at ${AXE_WIDTHS.join(', ')} px and more`, () =>
        fitsEveryWidth(page, path));
      await test.step('moves nothing for visitors who ask for reduced motion', () => respectsReducedMotion(page));
      await test.step('reads in order without its stylesheet, and no picture grows', () =>
        readsWithoutStylesheet(page));
      // Whatever the steps did, the page logged no error.
      expect(log.errors).toEqual([]);
    });
  }
