import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { UI } from '../../src/consts';
import { MAX_NAV_PHASES } from '../../src/lib/navigation';
import { yearRange } from '../../src/lib/timeline';
import { TABLE_REGION_SELECTOR } from '../../src/markdown/table-regions';
import { sitemapLocations } from '../support/site-pages';
import { FIXTURE_SITE, NOT_FOUND_PATH, SITES } from '../support/sites';
import { navWithPhases, untidyHeaderLinks } from './page-checks';

/*
 * A visitor reads the overview, then each phase, through the main navigation, the timeline and the
 * previous/next links, lands on a missing page and finds the way home, downloads a file, prints.
 * The walks run with JavaScript off: the site ships none (pages.spec.ts proves it), so this is how
 * every visitor goes through it. What each page should say comes from the site's content.
 */
for (const site of SITES) {
  const { settings, overview, phases, resources } = site.content;
  const phasePath = (id: string) => `/${id}/`;

  test.describe(`${site.name} site`, () => {
    test.use({ baseURL: site.origin });

    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });

      test('a visitor walks the site by the navigation, the timeline, next and previous, and the skip link', async ({
        page,
      }) => {
        const nav = page.getByRole('navigation', { name: UI.mainNav });
        await test.step('the main navigation leads from the overview to every phase, marking the current page', async () => {
          await page.goto('/');
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
          await expect(nav.getByRole('link')).toHaveText([overview.label, ...phases.map((phase) => phase.data.label)]);
          await expect(nav.getByRole('link', { name: overview.label, exact: true })).toHaveAttribute(
            'aria-current',
            'page',
          );
          for (const phase of phases) {
            await nav.getByRole('link', { name: phase.data.label, exact: true }).click();
            await expect(page).toHaveURL(phasePath(phase.id));
            await expect(page.getByRole('heading', { level: 1 })).toHaveText(phase.data.title);
            await expect(nav.locator('[aria-current="page"]')).toHaveText(phase.data.label);
          }
          await page.getByRole('link', { name: settings.siteName, exact: true }).click();
          await expect(page).toHaveURL('/');
        });

        await test.step('the timeline on the overview links each phase with its years', async () => {
          const timeline = page
            .getByRole('region', { name: UI.timelineHeading(settings.shortName), exact: true })
            .getByRole('list');
          await expect(timeline.getByRole('listitem')).toHaveCount(phases.length);
          for (const [index, phase] of phases.entries()) {
            const link = timeline.getByRole('listitem').nth(index).getByRole('link');
            await expect(link).toContainText(phase.data.label);
            await expect(link).toContainText(yearRange(phase.data.years));
            await expect(link).toHaveAttribute('href', phasePath(phase.id));
          }
          await timeline.getByRole('link').first().click();
          await expect(page).toHaveURL(phasePath(phases[0]!.id));
        });

        await test.step('next links walk through the phases in their order, and previous links walk back', async () => {
          const pager = page.getByRole('navigation', { name: UI.phaseNav });
          await expect(pager.getByRole('link', { name: new RegExp(UI.previousPhase) })).toHaveCount(0);
          for (const next of phases.slice(1)) {
            await pager.getByRole('link', { name: `${UI.nextPhase}: ${next.data.title}` }).click();
            await expect(page).toHaveURL(phasePath(next.id));
          }
          await expect(pager.getByRole('link', { name: new RegExp(UI.nextPhase) })).toHaveCount(0);
          for (const previous of phases.slice(0, -1).reverse()) {
            await pager.getByRole('link', { name: `${UI.previousPhase}: ${previous.data.title}` }).click();
            await expect(page).toHaveURL(phasePath(previous.id));
          }
        });

        await test.step('the skip link is the first thing the keyboard reaches and moves focus to the content', async () => {
          await page.keyboard.press('Tab');
          const skip = page.getByRole('link', { name: UI.skipLink });
          await expect(skip).toBeFocused();
          await expect(skip).toBeVisible();
          await page.keyboard.press('Enter');
          await expect(page.locator('main')).toBeFocused();
        });
      });

      test('an unknown address answers 404 with a way home', async ({ page }) => {
        const response = await page.goto(NOT_FOUND_PATH);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.notFoundTitle);
        await page.getByRole('link', { name: UI.notFoundHome }).click();
        await expect(page).toHaveURL('/');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
      });
    });

    test('every file a card offers downloads as it is in public/', async ({ page }) => {
      await page.goto('/');
      for (const { data, link } of resources) {
        if (link.kind !== 'file') continue;
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: `${data.actionLabel} (${link.label})` }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(link.fileName);
        const served = readFileSync(await download.path());
        expect(served.equals(readFileSync(join(site.publicDir, link.path)))).toBe(true);
      }
    });

    test('print hides the navigation, prints link addresses, and buttons as dark text', async ({ page }) => {
      const phase = phases[0]!;
      await page.goto(phasePath(phase.id));
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: UI.mainNav })).toBeHidden();
      const after = await page
        .getByRole('link', { name: UI.officialPage(settings.publisher.shortName) })
        .evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after).toContain(phase.data.learnMore);
      // Printers drop backgrounds: a button's white text would vanish, so it prints as dark text.
      const button = await page
        .getByRole('region', { name: UI.resourcesHeading, exact: true })
        .getByRole('link')
        .first()
        .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
      expect(button).toEqual(['rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    });

    // Paper does not scroll: a table that scrolls in its region on a screen prints whole, within the
    // paper's width (700 px: A4 or Letter less a printer's margins). The fixture site has a wide one.
    test('print shows every table of the text whole, within the width of the paper', async ({ page }) => {
      await page.setViewportSize({ width: 700, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      let tables = 0;
      for (const path of site.pages.filter((path) => path !== NOT_FOUND_PATH)) {
        await page.goto(path);
        const cut = await page.locator(TABLE_REGION_SELECTOR).evaluateAll((regions) =>
          regions
            .map((region) => ({ region, table: region.querySelector('table')!.getBoundingClientRect() }))
            .filter(({ region, table }) => table.right > region.getBoundingClientRect().right + 0.5)
            .map(({ region, table }) => `${region.getAttribute('aria-label')}: ${Math.round(table.width)} px wide`),
        );
        expect(cut, `${path}: tables wider than the paper`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
        tables += await page.locator(TABLE_REGION_SELECTOR).count();
      }
      if (site === FIXTURE_SITE) expect(tables, 'the fixture site holds a wide table').toBeGreaterThan(0);
    });

    // The header is tidy as built, whatever the labels' length. With the most phases it names, and
    // labels of ALA's kind ("Phase 6"), it holds them on one row at 1280 px; on a phone every link
    // stays on the screen, none overlaps another, and it leaves half of a small phone's screen.
    test(`the header with ${MAX_NAV_PHASES} phases: one row at 1280 px, on the screen and within half of it at 320 px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/');
      expect(await untidyHeaderLinks(page, 1280)).toEqual([]);
      const tops = await navWithPhases(page, MAX_NAV_PHASES + 1);
      expect(tops).toHaveLength(MAX_NAV_PHASES + 1);
      expect(new Set(tops).size, `rows of ${tops.length} links`).toBe(1);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await untidyHeaderLinks(page, 320)).toEqual([]);
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(640 / 2);
    });

    test('the sitemap lists every page of the content, and only those', () => {
      const xml = readFileSync(join(site.distDir, 'sitemap-0.xml'), 'utf8');
      const paths = sitemapLocations(xml).map((loc) => new URL(loc).pathname);
      expect([...paths].sort()).toEqual(site.pages.filter((path) => path !== NOT_FOUND_PATH).sort());
    });
  });
}

test('the fixture site hosts at least one download, so the download test runs', () => {
  expect(SITES.flatMap((site) => site.content.resources).filter(({ link }) => link.kind === 'file')).not.toEqual([]);
});
