import { expect, test } from '@playwright/test';
import { UI } from '../../src/consts';
import { uniqueByUrl } from '../../src/lib/sources';
import { yearRange } from '../../src/lib/timeline';
import { SITES } from '../support/sites';

/*
 * A visitor reads the overview, then each phase, through the main navigation, the timeline and the
 * previous/next links, with JavaScript off: the site ships none, so this is how every visitor reads
 * it. What each page should say comes from the site's content.
 */
test.use({ javaScriptEnabled: false });

for (const site of SITES) {
  const { settings, overview, phases, resources } = site.content;
  const phasePath = (id: string) => `/${id}/`;

  test.describe(`${site.name} site`, () => {
    test.use({ baseURL: site.origin });

    test('the main navigation leads from the overview to every phase, marking the current page', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
      const nav = page.getByRole('navigation', { name: UI.mainNav });
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

    test('next links walk through the phases in their order, and previous links walk back', async ({ page }) => {
      const pager = page.getByRole('navigation', { name: UI.phaseNav });
      const first = phases[0]!;
      await page.goto(phasePath(first.id));
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

    test('the timeline on the overview links each phase with its years', async ({ page }) => {
      await page.goto('/');
      const timeline = page.getByRole('region', { name: UI.timelineHeading(settings.shortName) }).getByRole('list');
      await expect(timeline.getByRole('listitem')).toHaveCount(phases.length);
      for (const [index, phase] of phases.entries()) {
        const link = timeline.getByRole('listitem').nth(index).getByRole('link');
        await expect(link).toContainText(phase.data.label);
        await expect(link).toContainText(yearRange(phase.data.years));
        await expect(link).toHaveAttribute('href', phasePath(phase.id));
      }
      await timeline.getByRole('link').last().click();
      await expect(page).toHaveURL(phasePath(phases.at(-1)!.id));
    });

    for (const phase of phases) {
      test(`${phasePath(phase.id)} shows its key facts and its official page`, async ({ page }) => {
        await page.goto(phasePath(phase.id));
        const facts = page.getByRole('region', { name: UI.keyFactsHeading });
        await expect(facts.locator('dd').first()).toHaveText(yearRange(phase.data.years));
        for (const [term, organisations] of [
          [UI.partners, phase.data.partners],
          [UI.funders, phase.data.funders],
        ] as const) {
          // A list that is empty in the content leaves out its heading too.
          await expect(facts.locator('dt', { hasText: term })).toHaveCount(organisations.length > 0 ? 1 : 0);
          for (const organisation of organisations) await expect(facts).toContainText(organisation.name);
        }
        const official = facts.getByRole('link', { name: UI.officialPage(settings.publisher.shortName) });
        await expect(official).toHaveAttribute('href', phase.data.learnMore);
        // Screen readers hear which page: the title follows the link's visible words.
        await expect(official).toContainText(phase.data.title);
      });
    }

    const pageSources = [
      { path: '/', sources: overview.sources },
      ...phases.map((phase) => ({ path: phasePath(phase.id), sources: phase.data.sources })),
    ];
    for (const { path, sources } of pageSources) {
      test(`${path} ends with its own sources, then the resource cards' sources`, async ({ page }) => {
        await page.goto(path);
        // Each address once: two cards may share their source.
        const expected = uniqueByUrl([...sources, ...resources.flatMap((card) => card.data.source ?? [])]);
        const links = page.getByRole('region', { name: UI.sourcesHeading, exact: true }).getByRole('link');
        await expect(links).toHaveText(expected.map((source) => source.title));
        for (const [index, source] of expected.entries())
          await expect(links.nth(index)).toHaveAttribute('href', source.url);
      });
    }

    test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
      await page.goto(site.pages[1]!);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: UI.skipLink });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });
  });
}
