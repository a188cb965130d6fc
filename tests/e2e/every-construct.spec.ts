import { expect, test } from '@playwright/test';
import { FIXTURE_SITE } from '../support/sites';

/*
 * The fixture page of every construct docs/editing.md allows (every-construct.mdx of the second site)
 * shows each one as Markdown means it, under the site's security policy; pages.spec.ts, the
 * validators and the build's checks (links to sections included) run on it like on any page.
 */
test('the page of every construct the guide allows shows each one', async ({ page }) => {
  await page.goto(new URL('/every-construct/', FIXTURE_SITE.origin).href);
  const main = page.locator('main');
  await expect(main.locator('ol[start="3"] > li')).toHaveCount(2);
  await expect(main.locator('blockquote blockquote')).toHaveCount(1);
  await expect(main.locator('del, em, strong, abbr[title], sub, sup:not(:has(a)), kbd, br')).not.toHaveCount(0);
  // Table columns aligned with | :---: |, which the CSP would block as a style attribute.
  for (const align of ['left', 'center', 'right'])
    await expect(main.locator(`td[data-align="${align}"]`).first()).toHaveCSS('text-align', align);
  // Footnotes: each reference goes to its note, whose back-link returns to it.
  const notes = main.locator('[data-footnotes] li');
  await expect(notes).toHaveCount(2);
  for (const note of await notes.all()) {
    const id = await note.getAttribute('id');
    await expect(main.locator(`a[href="#${id}"]`)).toHaveCount(1);
    const back = (await note.locator('[data-footnote-backref]').getAttribute('href'))!;
    await expect(main.locator(back)).toHaveCount(1);
  }
  // A bare www. address is linked over https://; reference links take their definition's title.
  await expect(main.locator('a[href="https://www.example.org"]')).toHaveCount(1);
  await expect(main.locator('a[title][href="https://www.example.org/"]')).toHaveCount(3);
  // Pictures beside the page with a space in their file name, made WebP by the build, each loaded; the
  // one with a title is a figure whose caption is that title.
  const pictures = main.locator('img[src*="Workshop%20photo."][src$=".webp"]');
  await expect(pictures).toHaveCount(3);
  await expect(main.locator('figure:has(img) > figcaption')).toHaveCount(1);
  for (const picture of await pictures.all())
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});
