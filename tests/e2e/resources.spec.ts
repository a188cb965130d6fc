import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { UI } from '../../src/consts';
import { feedbackSubject } from '../../src/lib/mailto';
import { NOT_FOUND_PATH, pageLabel, SITES } from '../support/sites';

/*
 * Every page leads to each resource card's link (a page of ALA's or a file hosted here) and to the
 * feedback address, with a subject that names the page. What each says comes from the content.
 */
for (const site of SITES) {
  const { settings, resources } = site.content;

  test.describe(`${site.name} site`, () => {
    test.use({ baseURL: site.origin });

    for (const path of site.pages.filter((path) => path !== NOT_FOUND_PATH)) {
      test(`${path} shows every resource card, in order, each with its picture and its link`, async ({ page }) => {
        await page.goto(path);
        const cards = page.getByRole('region', { name: UI.resourcesHeading }).getByRole('listitem');
        await expect(cards.getByRole('heading')).toHaveText(resources.map((card) => card.data.title));
        for (const [index, { data, link }] of resources.entries()) {
          const card = cards.nth(index);
          await expect(card.getByRole('img', { name: data.graphicAlt })).toBeVisible();
          const action = card.getByRole('link');
          await expect(action).not.toHaveAttribute('target', /.*/);
          if (link.kind === 'external') {
            await expect(action).toHaveText(data.actionLabel);
            await expect(action).toHaveAttribute('href', link.href);
          } else {
            // A file of this site: its format and size follow the words, and the link downloads it.
            await expect(action).toHaveText(`${data.actionLabel} (${link.label})`);
            await expect(action).toHaveAttribute('href', link.path);
            await expect(action).toHaveAttribute('download', link.fileName);
          }
        }
      });

      test(`${path}: the feedback link mails the feedback address with a subject naming the page`, async ({ page }) => {
        await page.goto(path);
        const feedback = page.getByRole('region', { name: UI.feedbackHeading });
        await expect(feedback).toContainText(settings.feedback.sentence);
        const href = new URL(
          (await feedback.getByRole('link', { name: settings.feedback.email }).getAttribute('href'))!,
        );
        expect(href.protocol).toBe('mailto:');
        expect(decodeURIComponent(href.pathname)).toBe(settings.feedback.email);
        expect(href.searchParams.get('subject')).toBe(feedbackSubject(pageLabel(site, path)!, settings.siteName));
      });
    }

    for (const { data, link } of resources) {
      if (link.kind !== 'file') continue;
      test(`the link "${data.actionLabel}" downloads ${link.path} as it is in public/`, async ({ page }) => {
        await page.goto('/');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: `${data.actionLabel} (${link.label})` }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(link.fileName);
        const served = readFileSync(await download.path());
        expect(served.equals(readFileSync(join(site.publicDir, link.path)))).toBe(true);
      });
    }
  });
}

test('the fixture site hosts at least one download, so the download test above runs', () => {
  expect(SITES.flatMap((site) => site.content.resources).filter(({ link }) => link.kind === 'file')).not.toEqual([]);
});
