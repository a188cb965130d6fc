import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { ADMIN_FONTS } from '../../src/cms/admin-files';
import { adminPolicy } from '../../src/cms/admin-policy';
import { resolveCmsBackend } from '../../src/cms/backend';
import { ADMIN_PATH } from '../support/admin';

/*
 * The CMS at /admin/ of the built site (issue 15), as served: its own page, policy and files, apart from the content
 * pages (journeys.spec.ts keeps it out of the sitemap, pages.spec.ts keeps script off the pages). admin.spec.ts boots
 * it and edits an entry of each collection of its config.yml (cms-config.test.ts: one collection per content folder).
 */

test('/admin/ is a page of its own: noindex, its own policy, a viewport that zooms, Sveltia from this site', async ({
  request,
}) => {
  const response = await request.get(ADMIN_PATH);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  const { document } = parseHTML(await response.text());
  expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  // The build in dist/ was made with this environment's CMS_ variables (none in CI).
  expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
    adminPolicy(resolveCmsBackend(process.env)),
  );
  const viewport = document.querySelector('meta[name="viewport"]')?.getAttribute('content');
  expect(viewport).toMatch(/width=device-width/);
  expect(viewport).not.toMatch(/maximum-scale|user-scalable/);
  expect([...document.querySelectorAll('script')].map((script) => script.getAttribute('src'))).toEqual([
    'sveltia-cms.js',
  ]);
});

test("/admin/ serves Sveltia's script and fonts", async ({ request }) => {
  const script = await request.get(`${ADMIN_PATH}sveltia-cms.js`);
  expect(script.status()).toBe(200);
  // Its fonts and update check point at this site, not at a CDN.
  expect(await script.text()).not.toMatch(/cdn\.jsdelivr\.net\/fontsource|unpkg\.com\/@sveltia\/cms\/package\.json/);
  for (const font of ADMIN_FONTS) {
    const file = await request.get(`${ADMIN_PATH}fonts/${font}.woff2`);
    expect(file.status(), font).toBe(200);
    expect((await file.body()).subarray(0, 4).toString('latin1'), font).toBe('wOF2');
  }
});
