import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { UI } from '../../src/consts';
import { MAX_NAV_PHASES } from '../../src/lib/navigation';
import { spanOf, titleWithYears } from '../../src/lib/timeline';
import { TABLE_REGION_SELECTOR } from '../../src/markdown/table-regions';
import type { PhaseEntry } from '../support/site-content';
import { FIXTURE_SITE, NOT_FOUND_PATH, SITES } from '../support/sites';

/** A phase's heading, as its page and the pager show it: its title and its years. */
const heading = ({ data }: PhaseEntry) => titleWithYears(data.title, spanOf(data.years));

/** The header's links that overlap another or leave a screen of this width, and the top of each phase link. */
function headerLayout(page: Page, width: number) {
  return page.getByRole('banner').evaluate((header, width) => {
    const boxes = [...header.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
    const untidy = boxes.flatMap((a, i) => [
      ...(a.left < 0 || a.right > width ? [`link ${i + 1} leaves the screen`] : []),
      ...boxes
        .slice(i + 1)
        .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        .map(() => `link ${i + 1} overlaps another`),
    ]);
    const tops = [...header.querySelectorAll('nav a')].map((a) => Math.round(a.getBoundingClientRect().top));
    return { untidy, tops, height: header.getBoundingClientRect().height };
  }, width);
}

for (const site of SITES) {
  const { settings, overview, phases, resources } = site.content;
  const phasePath = (id: string) => `/${id}/`;

  test.describe(`${site.name} site`, () => {
    // With JavaScript off, as the site ships none.
    test.use({ baseURL: site.origin, javaScriptEnabled: false });

    test('a visitor walks the site by the navigation, the timeline, next and previous and the skip link, finds the way home from a missing page, and downloads each file', async ({
      page,
    }) => {
      const nav = page.getByRole('navigation', { name: UI.mainNav });
      const pager = page.getByRole('navigation', { name: UI.phaseNav });
      await test.step('the main navigation leads to every phase, marking the current page; next and previous link the phases in order', async () => {
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.data.title);
        await expect(nav.getByRole('link')).toHaveText([overview.data.label, ...phases.map(({ data }) => data.label)]);
        await expect(nav.locator('[aria-current="page"]')).toHaveText(overview.data.label);
        for (const [index, phase] of phases.entries()) {
          await nav.getByRole('link', { name: phase.data.label, exact: true }).click();
          await expect(page).toHaveURL(phasePath(phase.id));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(phase));
          await expect(nav.locator('[aria-current="page"]')).toHaveText(phase.data.label);
          // The pager names and links the phases before and after, in that order.
          const beside = [phases[index - 1], phases[index + 1]];
          const words = beside.flatMap((next, i) =>
            next ? [`${[UI.previousPhase, UI.nextPhase][i]}: ${heading(next)}`] : [],
          );
          await expect(pager.getByRole('link')).toHaveText(words);
          expect(
            await pager.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
          ).toEqual(beside.flatMap((next) => (next ? [phasePath(next.id)] : [])));
        }
        // The last phase's previous link, followed.
        if (phases.length > 1) {
          await pager.getByRole('link', { name: new RegExp(`^${UI.previousPhase}`) }).click();
          await expect(page).toHaveURL(phasePath(phases.at(-2)!.id));
        }
        await page.getByRole('link', { name: settings.siteName, exact: true }).click();
        await expect(page).toHaveURL('/');
      });

      // Each item's label and years: tests/components/timeline.test.ts.
      await test.step('the timeline on the overview links each phase, in order', async () => {
        const links = page
          .getByRole('region', { name: UI.timelineHeading(settings.shortName), exact: true })
          .getByRole('link');
        expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toEqual(
          phases.map((phase) => phasePath(phase.id)),
        );
        await links.first().click();
        await expect(page).toHaveURL(phasePath(phases[0]!.id));
      });

      await test.step('the skip link is the first thing the keyboard reaches and moves focus to the content', async () => {
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: UI.skipLink });
        await expect(skip).toBeFocused();
        await expect(skip).toBeVisible();
        await page.keyboard.press('Enter');
        await expect(page.locator('main')).toBeFocused();
      });

      await test.step('an unknown address answers 404 with a way home', async () => {
        expect((await page.goto(NOT_FOUND_PATH))?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.notFoundTitle);
        await page.getByRole('link', { name: UI.notFoundHome }).click();
        await expect(page).toHaveURL('/');
      });

      await test.step('every file a card offers downloads as it is in public/', async () => {
        const files = resources.flatMap(({ data }) => (data.link.kind === 'file' ? [{ data, link: data.link }] : []));
        if (site === FIXTURE_SITE) expect(files, 'the fixture site hosts a download').not.toEqual([]);
        for (const { data, link } of files) {
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('link', { name: `${data.actionLabel} (${link.label})` }).click(),
          ]);
          expect(download.suggestedFilename()).toBe(link.fileName);
          const file = readFileSync(join(site.contentRoot, 'public', link.path));
          expect(readFileSync(await download.path()).equals(file), `${link.path} as in public/`).toBe(true);
        }
      });
    });

    // Paper does not scroll: a table that scrolls in its region on a screen prints whole, within the
    // paper's width (700 px: A4 or Letter less a printer's margins). The fixture site has a wide one (engines.spec.ts).
    test('print hides the navigation, prints link addresses, buttons as dark text, and every table whole', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 700, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      for (const path of site.pages.filter((path) => path !== NOT_FOUND_PATH)) {
        await page.goto(path);
        await expect(page.getByRole('navigation', { name: UI.mainNav })).toBeHidden();
        const cut = await page.locator(TABLE_REGION_SELECTOR).evaluateAll((regions) =>
          regions
            .map((region) => ({ region, table: region.querySelector('table')!.getBoundingClientRect() }))
            .filter(({ region, table }) => table.right > region.getBoundingClientRect().right + 0.5)
            .map(({ region, table }) => `${region.getAttribute('aria-label')}: ${Math.round(table.width)} px wide`),
        );
        expect(cut, `${path}: tables wider than the paper`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
        if (path !== phasePath(phases[0]!.id)) continue;
        const official = page.getByRole('link', { name: UI.officialPage(settings.publisher.shortName) });
        expect(await official.evaluate((el) => getComputedStyle(el, '::after').content)).toContain(
          phases[0]!.data.learnMore,
        );
        // Printers drop backgrounds: a button's white text would vanish, so it prints as dark text.
        const button = page.getByRole('region', { name: UI.resourcesHeading, exact: true }).getByRole('link').first();
        await expect(button).toHaveCSS('color', 'rgb(0, 0, 0)');
        await expect(button).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
      }
    });

    // The header is tidy as built, whatever the labels' length. With the most phases it names, and
    // labels of ALA's kind ("Phase 6"), it holds them on one row at 1280 px; on a phone every link
    // stays on the screen, none overlaps another, and it leaves half of a small phone's screen. The
    // links are copied in the page, in the real markup and stylesheet: a build per count costs seconds.
    test(`the header with ${MAX_NAV_PHASES} phases: one row at 1280 px, on the screen and within half of it at 320 px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/');
      expect((await headerLayout(page, 1280)).untidy).toEqual([]);
      await page.getByRole('banner').evaluate((header, wanted) => {
        const list = header.querySelector('nav ul')!;
        const model = list.lastElementChild!;
        while (list.querySelectorAll('a').length < wanted) list.append(model.cloneNode(true));
        // The first link is the overview's; the others are phases.
        [...list.querySelectorAll('a')].slice(1).forEach((link, index) => (link.textContent = `Phase ${index + 1}`));
      }, MAX_NAV_PHASES + 1);
      const { tops } = await headerLayout(page, 1280);
      expect(tops).toHaveLength(MAX_NAV_PHASES + 1);
      expect(new Set(tops).size, `rows of ${tops.length} links`).toBe(1);
      await page.setViewportSize({ width: 320, height: 640 });
      const phone = await headerLayout(page, 320);
      expect(phone.untidy).toEqual([]);
      expect(phone.height).toBeLessThanOrEqual(640 / 2);
    });

    test('the sitemap lists every page of the content, and only those', () => {
      const { document } = parseHTML(readFileSync(join(site.distDir, 'sitemap-0.xml'), 'utf8'));
      const paths = [...document.querySelectorAll('loc')].map((loc) => new URL(loc.textContent.trim()).pathname);
      expect([...paths].sort()).toEqual(site.pages.filter((path) => path !== NOT_FOUND_PATH).sort());
    });
  });
}
