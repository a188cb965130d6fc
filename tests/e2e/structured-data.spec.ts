import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, SITES } from '../support/sites';
import { sitemapLocations } from '../support/sitemap';

type Node = Record<string, unknown> & { '@type': string };

/*
 * Search engines and link previews read the sitemap and each page's JSON-LD: one valid block that
 * describes the site and its publisher, the page with its breadcrumb, and each resource card.
 */
for (const site of SITES) {
  const { settings, resources } = site.content;
  const indexed = site.pages.filter((path) => path !== NOT_FOUND_PATH);

  test(`${site.name} site: the sitemap lists every page of the content, and only those`, () => {
    const xml = readFileSync(join(site.distDir, 'sitemap-0.xml'), 'utf8');
    const paths = sitemapLocations(xml).map((loc) => new URL(loc).pathname);
    expect([...paths].sort()).toEqual([...indexed].sort());
  });

  for (const path of site.pages) {
    test(`${site.name} site: ${path} describes itself in one valid JSON-LD block`, async ({ page }) => {
      const url = new URL(path, site.origin).href;
      await page.goto(url);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks).toHaveLength(1);
      const graph = (JSON.parse(blocks[0]!) as { '@graph': Node[] })['@graph'];
      const node = (type: string) => graph.find((entry) => entry['@type'] === type);
      expect(node('WebSite')?.['name']).toBe(settings.siteName);
      expect(node('Organization')?.['name']).toBe(settings.publisher.name);
      // Each card once, in order: a course is a Course, a guide a DigitalDocument, each free.
      const cards = graph.filter((entry) => ['Course', 'DigitalDocument'].includes(entry['@type']));
      expect(cards.map((card) => [card['@type'], card['name'], card['isAccessibleForFree']])).toEqual(
        resources.map(({ data }) => [data.kind === 'course' ? 'Course' : 'DigitalDocument', data.title, true]),
      );
      const ids = graph.map((entry) => entry['@id']);
      expect(new Set(ids).size).toBe(ids.length);
      // Canonical and structured URLs name the same absolute page (SITE_URL, here the server's origin).
      if (path === NOT_FOUND_PATH) {
        expect(node('WebPage')).toBeUndefined();
      } else {
        expect(node('WebPage')?.['url']).toBe(url);
        expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
        expect(node('BreadcrumbList')).toBeDefined();
      }
    });
  }
}
