import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, REAL_SITE } from '../support/sites';

/*
 * `npm start` serves the build like the production host (nginx with the configuration of docs/deploying.md):
 * a page's address without its final slash is redirected to the page (with its query: the unit test
 * of redirectFor), and an unknown address answers 404 either way. The page: the first below the home page.
 */
const page = REAL_SITE.pages.find((path) => path !== '/' && path !== NOT_FOUND_PATH);

test('the preview server redirects a page’s address without its final slash to the page, and answers an unknown address with the 404 page, with or without a slash', async ({
  request,
}) => {
  expect(page, 'the content holds a page below the home page').toBeDefined();
  const redirect = await request.get(page!.slice(0, -1), { maxRedirects: 0 });
  expect([301, 308]).toContain(redirect.status());
  expect(new URL(redirect.headers()['location'] ?? '', redirect.url()).pathname).toBe(page);
  expect((await request.get(page!, { maxRedirects: 0 })).status()).toBe(200);
  const [notFound, withoutSlash] = await Promise.all(
    [NOT_FOUND_PATH, NOT_FOUND_PATH.slice(0, -1)].map((path) => request.get(path, { maxRedirects: 0 })),
  );
  expect([notFound!.status(), withoutSlash!.status()]).toEqual([404, 404]);
  expect(await withoutSlash!.text()).toBe(await notFound!.text());
});
