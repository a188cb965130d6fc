import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { ADMIN_FONTS } from '../../src/cms/admin-files';
import { adminPolicy } from '../../src/cms/admin-policy';
import { resolveCmsBackend } from '../../src/cms/backend';
import { sitemapLocations } from '../support/sitemap';
import { SITES } from '../support/sites';

/*
 * The CMS at /admin/ of each built site (issue 15): its own page, policy and files, apart from
 * the content pages, which keep no script. The editing flows are tested in the admin's own specs.
 */

for (const site of SITES) {
  test.describe(`/admin/ of ${site.name}`, () => {
    const admin = `${site.origin}/admin/`;

    test('is a page of its own: noindex, its own policy, Sveltia from this site', async ({ request }) => {
      const response = await request.get(admin);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/html');
      const { document } = parseHTML(await response.text());
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      // The build in dist/ was made with this environment's CMS_ variables (none in CI).
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
        adminPolicy(resolveCmsBackend(process.env)),
      );
      expect([...document.querySelectorAll('script')].map((script) => script.getAttribute('src'))).toEqual([
        'sveltia-cms.js',
      ]);
    });

    test("serves Sveltia's script and fonts, and a configuration made from the schemas", async ({ request }) => {
      const script = await request.get(`${admin}sveltia-cms.js`);
      expect(script.status()).toBe(200);
      const code = await script.text();
      // Its fonts and update check point at this site, not at a CDN.
      expect(code).not.toMatch(/cdn\.jsdelivr\.net\/fontsource|unpkg\.com\/@sveltia\/cms\/package\.json/);
      test.info().annotations.push({
        type: 'admin JavaScript',
        description: `${code.length} bytes, ${gzipSync(code).length} gzip`,
      });
      for (const font of ADMIN_FONTS) {
        const file = await request.get(`${admin}fonts/${font.file}`);
        expect(file.status(), font.file).toBe(200);
        expect((await file.body()).subarray(0, 4).toString('latin1'), font.file).toBe('wOF2');
      }
      const config = parse(await (await request.get(`${admin}config.yml`)).text()) as {
        collections: { name: string }[];
      };
      expect(config.collections.map((collection) => collection.name)).toEqual([
        'overview',
        'phases',
        'resources',
        'site',
      ]);
    });

    test('is not in the sitemap, and no content page has a script', () => {
      const locations = sitemapLocations(readFileSync(join(site.distDir, 'sitemap-0.xml'), 'utf8'));
      expect(locations.length).toBeGreaterThan(0);
      expect(locations.filter((location) => new URL(location).pathname.includes('/admin'))).toEqual([]);
      for (const location of locations) {
        const path = new URL(location).pathname;
        const html = readFileSync(join(site.distDir, path.slice(1), 'index.html'), 'utf8');
        expect(parseHTML(html).document.querySelectorAll('script:not([type="application/ld+json"])').length, path).toBe(
          0,
        );
      }
    });

    test('boots with no error, its icon font from this site, and nothing sent elsewhere', async ({ page }) => {
      const outside: string[] = [];
      const problems: string[] = [];
      await page.route('**/*', (route) => {
        const { protocol, hostname } = new URL(route.request().url());
        if (protocol === 'data:' || protocol === 'blob:' || hostname === 'localhost' || hostname === '127.0.0.1') {
          return route.continue();
        }
        outside.push(route.request().url());
        return route.abort();
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(admin);
      await expect(page.getByRole('button', { name: 'Work with Local Repository' })).toBeVisible({ timeout: 30_000 });
      // The icons are a font: loaded from /admin/fonts/, they show as symbols, not as words.
      const icons = await page.evaluate(async () => {
        const faces = await document.fonts.load('24px "Material Symbols Outlined"', 'arrow_back');
        return faces.map((face) => face.status);
      });
      expect(icons).toContain('loaded');
      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
    });
  });
}
