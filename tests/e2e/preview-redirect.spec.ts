import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, REAL_SITE } from '../support/sites';

/*
 * `npm start` serves the build like the production host (nginx with the README's configuration):
 * a page's address without its final slash is redirected to the page, and an unknown address
 * answers 404 either way. The page comes from the content: the first one below the home page.
 */
const page = REAL_SITE.pages.find((path) => path !== '/' && path !== NOT_FOUND_PATH);

test('the preview server redirects a page’s address without its final slash to the page', async ({ request }) => {
  expect(page, 'the content holds a page below the home page').toBeDefined();
  const withoutSlash = page!.slice(0, -1);
  const response = await request.get(`${withoutSlash}?from=test`, { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  const location = new URL(response.headers()['location'] ?? '', response.url());
  expect(`${location.pathname}${location.search}`).toBe(`${page}?from=test`);
  expect((await request.get(page!, { maxRedirects: 0 })).status()).toBe(200);
});

test('the preview server answers an unknown address with the site’s 404 page, with or without a slash', async ({
  request,
}) => {
  const notFound = await request.get(NOT_FOUND_PATH, { maxRedirects: 0 });
  expect(notFound.status()).toBe(404);
  const withoutSlash = await request.get(NOT_FOUND_PATH.slice(0, -1), { maxRedirects: 0 });
  expect(withoutSlash.status()).toBe(404);
  expect(await withoutSlash.text()).toBe(await notFound.text());
});
