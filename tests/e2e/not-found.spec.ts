import { expect, test } from '@playwright/test';
import { UI } from '../../src/consts';
import { NOT_FOUND_PATH, SITES } from '../support/sites';

for (const site of SITES) {
  test(`${site.name} site: an unknown address answers 404 with a way home`, async ({ page }) => {
    const response = await page.goto(new URL(NOT_FOUND_PATH, site.origin).href);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.notFoundTitle);
    await page.getByRole('link', { name: UI.notFoundHome }).click();
    await expect(page).toHaveURL(new URL('/', site.origin).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.content.overview.title);
  });
}
