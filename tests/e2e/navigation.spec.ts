import { expect, test } from '@playwright/test';

/*
 * A visitor reads the overview, then each phase, through the main navigation and through the
 * previous/next links. Everything must work with JavaScript off as well as on: the site ships none.
 */
for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the main navigation leads from the overview to Phase 1 and Phase 2', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'About Libraries Transforming Communities (LTC)',
      );
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');

      await nav.getByRole('link', { name: 'Phase 1' }).click();
      await expect(page).toHaveURL('/phase-1/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Phase 1: Libraries Transforming Communities (2014-15)',
      );
      await expect(nav.getByRole('link', { name: 'Phase 1' })).toHaveAttribute('aria-current', 'page');
      await expect(nav.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current', /.*/);

      await nav.getByRole('link', { name: 'Phase 2' }).click();
      await expect(page).toHaveURL('/phase-2/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Phase 2: Libraries Transforming Communities: Models for Change (2016-18)',
      );

      await page.getByRole('link', { name: 'Libraries Transforming Communities', exact: true }).click();
      await expect(page).toHaveURL('/');
    });

    test('next and previous links walk through the phases in order', async ({ page }) => {
      await page.goto('/phase-1/');
      const pager = page.getByRole('navigation', { name: 'Phases' });
      await expect(pager.getByRole('link', { name: /Previous phase/ })).toHaveCount(0);
      await pager.getByRole('link', { name: /Next phase: Phase 2/ }).click();
      await expect(page).toHaveURL('/phase-2/');
      await expect(pager.getByRole('link', { name: /Next phase/ })).toHaveCount(0);
      await pager.getByRole('link', { name: /Previous phase: Phase 1/ }).click();
      await expect(page).toHaveURL('/phase-1/');
    });

    test('the timeline on the overview links each phase with its years', async ({ page }) => {
      await page.goto('/');
      const timeline = page.getByRole('region', { name: 'The phases of LTC' }).getByRole('list');
      await expect(timeline.getByRole('listitem')).toHaveText([/Phase 1\s*2014-15/, /Phase 2\s*2016-18/]);
      await timeline.getByRole('link', { name: /Phase 2/ }).click();
      await expect(page).toHaveURL('/phase-2/');
    });
  });
}

test('a phase page shows its key facts, ALA’s official page and its sources', async ({ page }) => {
  await page.goto('/phase-1/');
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toContainText('2014-15');
  await expect(facts).toContainText('Harwood Institute for Public Innovation');
  await expect(facts).toContainText('Bill & Melinda Gates Foundation');
  await expect(facts.getByRole('link', { name: /Read ALA’s official page/ })).toHaveAttribute(
    'href',
    'https://www.ala.org/tools/librariestransform/libraries-transforming-communities/turning-outward',
  );
  const sources = page.getByRole('region', { name: 'Sources', exact: true }).getByRole('link');
  // Phase 1's three sources, then the resource cards' one.
  await expect(sources).toHaveCount(4);
  for (const link of await sources.all()) await expect(link).toHaveAttribute('href', /^https:\/\//);
});

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/phase-2/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
